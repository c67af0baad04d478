using TelcoX.GraphQL.Plans;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    internal const string Movil30 = "Móvil 30";
    internal const string Fijo20 = "Fijo 20";
    internal const string Movil10 = "Móvil 10";

    // The first three carry seed 001's limits ("12.75 of 30.00, 320 of 600"); the rest round out
    // the catalogue. Fixed-line plans include no mobile data.
    private static readonly (string Name, decimal Fee, decimal DataMb, int Minutes)[] CataloguePlans =
    [
        (Movil30, 30.00m, 30720.00m, 600),
        (Fijo20, 20.00m, 0.00m, 200),
        (Movil10, 10.00m, 2048.00m, 100),
        ("Prepago Básico 5", 5.00m, 1024.00m, 50),
        ("Móvil 20", 20.00m, 10240.00m, 300),
        ("Móvil 45 Ilimitado", 45.00m, 61440.00m, 1500),
        ("Fijo Hogar 12", 12.00m, 0.00m, 500),
    ];

    internal static string[] FixedPlanNames { get; } = [Fijo20, "Fijo Hogar 12"];

    private static void AddCataloguePlans(DemoRows rows)
    {
        foreach (var (name, fee, dataMb, minutes) in CataloguePlans)
            rows.Plans.Add(new Plan { Name = name, MonthlyFee = fee, DataMb = dataMb, Minutes = minutes });
    }
}
