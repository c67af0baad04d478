namespace TelcoX.Bench.Floor;

/// <summary>recordUsageEvent's statements, exactly as EF Core + Pomelo generate them, in the API's order.</summary>
public static class UsageSql
{
    public const string LockPlan = """
        UPDATE `DataPlans` AS `d`
        INNER JOIN (
            SELECT `p`.`Id`, `p`.`CustomerId`, `p`.`Msisdn`
            FROM `PhoneLines` AS `p`
            WHERE @__ef_filter__p_1
        ) AS `p0` ON `d`.`PhoneLineId` = `p0`.`Id`
        SET `d`.`UsedBytes` = `d`.`UsedBytes`
        WHERE @__ef_filter__p_1 AND (`d`.`IsActive` AND (`p0`.`Msisdn` = @__msisdn_0))
        """;

    public const string LineId = """
        SELECT `p`.`Id`
        FROM `PhoneLines` AS `p`
        WHERE @__ef_filter__p_1 AND (`p`.`Msisdn` = @__msisdn_0)
        LIMIT 2
        """;

    public const string Insert = """
        SET AUTOCOMMIT = 1;
        INSERT INTO `UsageEvents` (`Bytes`, `Category`, `DataPlanId`, `EventId`, `OccurredAt`, `PhoneLineId`)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5)
        RETURNING `Id`;
        """;

    /// <summary>The category column is part of the statement, as in EF's four ExecuteUpdate shapes (by key, no row-scope join).</summary>
    public static string AddBytes(string categoryColumn) => $"""
        UPDATE `DataPlans` AS `d`
        SET `d`.`{categoryColumn}` = `d`.`{categoryColumn}` + @__bytes_1,
            `d`.`UsedBytes` = `d`.`UsedBytes` + @__bytes_1
        WHERE `d`.`Id` = @__planId_0
        """;

    public const string PlanAfter = """
        SELECT `d`.`Id`, `d`.`EntertainmentBytes`, `d`.`ExpiresAt`, `d`.`IsActive`, `d`.`LimitBytes`, `d`.`NavigationSearchBytes`, `d`.`PhoneLineId`, `d`.`SocialBytes`, `d`.`StartAt`, `d`.`SystemUpdatesBytes`, `d`.`UsedBytes`, `p0`.`Id`, `p0`.`CreatedAt`, `p0`.`CustomerId`, `p0`.`Msisdn`, `p0`.`PlanId`, `p0`.`ProductType`
        FROM `DataPlans` AS `d`
        INNER JOIN (
            SELECT `p`.`Id`, `p`.`CreatedAt`, `p`.`CustomerId`, `p`.`Msisdn`, `p`.`PlanId`, `p`.`ProductType`
            FROM `PhoneLines` AS `p`
            WHERE @__ef_filter__p_1
        ) AS `p0` ON `d`.`PhoneLineId` = `p0`.`Id`
        WHERE @__ef_filter__p_1 AND (`d`.`Id` = @__plan_Id_0)
        LIMIT 2
        """;

    public const string Consumption = """
        SELECT `c`.`Id`, `c`.`Balance`, `c`.`DataMb`, `c`.`Minutes`, `c`.`PhoneLineId`, `c`.`UpdatedAt`
        FROM `Consumptions` AS `c`
        WHERE `c`.`PhoneLineId` = @__line_Id_0
        LIMIT 2
        """;
}
