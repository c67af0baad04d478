using Bogus;

namespace TelcoX.GraphQL.Data;

/// <summary>Ecuadorian-looking values drawn from the demo data's seeded faker.</summary>
internal static class DemoRandom
{
    /// <summary>Money between the bounds, with two places.</summary>
    public static decimal Money(this Faker faker, decimal min, decimal max) =>
        Math.Round(faker.Random.Decimal(min, max), 2, MidpointRounding.AwayFromZero);

    /// <summary>A mobile 09xxxxxxxx or 5939xxxxxxxx, or a fixed 0[2-7]xxxxxxx, not yet used.</summary>
    public static string Msisdn(this Faker faker, bool isFixed, ISet<string> taken)
    {
        while (true)
        {
            var pattern = isFixed ? $"0{faker.Random.Int(2, 7)}#######" : faker.Random.Bool(0.6f) ? "09########" : "5939########";
            var msisdn = faker.Random.ReplaceNumbers(pattern);
            if (!taken.Contains(msisdn))
                return msisdn;
        }
    }

    /// <summary>A cédula with a valid province and modulo-10 check digit, not yet used.</summary>
    public static string Cedula(this Faker faker, ISet<string> taken)
    {
        while (true)
        {
            var body = $"{faker.Random.Int(1, 24):D2}{faker.Random.Int(0, 5)}{faker.Random.ReplaceNumbers("######")}";
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                var product = (body[i] - '0') * (i % 2 == 0 ? 2 : 1);
                sum += product > 9 ? product - 9 : product;
            }
            var cedula = body + (10 - sum % 10) % 10;
            if (taken.Add(cedula))
                return cedula;
        }
    }

    /// <summary>A point between two instants at whole-minute offsets, so it depends only on the seed and the bounds.</summary>
    public static DateTime Between(this Faker faker, DateTime from, DateTime to) =>
        from.AddMinutes(faker.Random.Int(0, Math.Max(0, (int)(to - from).TotalMinutes)));
}
