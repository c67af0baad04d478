namespace TelcoX.Bench.Floor;

/// <summary>customerSummary's four statements, exactly as EF Core + Pomelo generate them (captured from the API's command log).</summary>
public static class SummarySql
{
    public const string Line = """
        SELECT `p`.`Id`, `p`.`CreatedAt`, `p`.`CustomerId`, `p`.`Msisdn`, `p`.`PlanId`, `p`.`ProductType`, `c0`.`Id`, `c0`.`ContractNumber`, `c0`.`CreatedAt`, `c0`.`Dni`, `c0`.`Email`, `c0`.`Name`, `c0`.`ServiceType`, `p0`.`Id`, `p0`.`DataMb`, `p0`.`Minutes`, `p0`.`MonthlyFee`, `p0`.`Name`, `s`.`Id`, `s`.`Balance`, `s`.`DataMb`, `s`.`Minutes`, `s`.`PhoneLineId`, `s`.`UpdatedAt`
        FROM `PhoneLines` AS `p`
        INNER JOIN (
            SELECT `c`.`Id`, `c`.`ContractNumber`, `c`.`CreatedAt`, `c`.`Dni`, `c`.`Email`, `c`.`Name`, `c`.`ServiceType`
            FROM `Customers` AS `c`
            WHERE @__ef_filter__p_1
        ) AS `c0` ON `p`.`CustomerId` = `c0`.`Id`
        LEFT JOIN `Plans` AS `p0` ON `p`.`PlanId` = `p0`.`Id`
        LEFT JOIN (
            SELECT `c1`.`Id`, `c1`.`Balance`, `c1`.`DataMb`, `c1`.`Minutes`, `c1`.`PhoneLineId`, `c1`.`UpdatedAt`
            FROM `Consumptions` AS `c1`
            INNER JOIN (
                SELECT `p1`.`Id`, `p1`.`CustomerId`
                FROM `PhoneLines` AS `p1`
                WHERE @__ef_filter__p_1
            ) AS `p2` ON `c1`.`PhoneLineId` = `p2`.`Id`
            WHERE @__ef_filter__p_1
        ) AS `s` ON `p`.`Id` = `s`.`PhoneLineId`
        WHERE @__ef_filter__p_1 AND (`p`.`Msisdn` = @__msisdn_0)
        LIMIT 2
        """;

    public const string ActiveDataPlan = """
        SELECT `d`.`Id`, `d`.`EntertainmentBytes`, `d`.`ExpiresAt`, `d`.`IsActive`, `d`.`LimitBytes`, `d`.`NavigationSearchBytes`, `d`.`PhoneLineId`, `d`.`SocialBytes`, `d`.`StartAt`, `d`.`SystemUpdatesBytes`, `d`.`UsedBytes`
        FROM `DataPlans` AS `d`
        INNER JOIN (
            SELECT `p`.`Id`, `p`.`CustomerId`
            FROM `PhoneLines` AS `p`
            WHERE @__ef_filter__p_1
        ) AS `p0` ON `d`.`PhoneLineId` = `p0`.`Id`
        WHERE @__ef_filter__p_1 AND ((`d`.`PhoneLineId` = @__phoneLineId_0) AND `d`.`IsActive`)
        ORDER BY `d`.`StartAt` DESC, `d`.`Id` DESC
        LIMIT 1
        """;

    public const string UnpaidInvoices = """
        SELECT `i`.`Id`, `i`.`CustomerId`, `i`.`Discount`, `i`.`DueDate`, `i`.`IssuedAt`, `i`.`Number`, `i`.`PaidAt`, `i`.`PaymentMethod`, `i`.`Period`, `i`.`PhoneLineId`, `i`.`Status`, `i`.`Subtotal`, `i`.`Tax`, `i`.`Total`
        FROM `Invoices` AS `i`
        WHERE @__ef_filter__p_1 AND ((`i`.`PhoneLineId` = @__line_Id_0) AND (`i`.`Status` = 'Unpaid'))
        ORDER BY `i`.`DueDate`, `i`.`Id`
        """;

    public const string LatestEvents = """
        SELECT `u`.`Id`, `u`.`Bytes`, `u`.`Category`, `u`.`DataPlanId`, `u`.`EventId`, `u`.`OccurredAt`, `u`.`PhoneLineId`
        FROM `UsageEvents` AS `u`
        INNER JOIN (
            SELECT `p`.`Id`, `p`.`CustomerId`
            FROM `PhoneLines` AS `p`
            WHERE @__ef_filter__p_1
        ) AS `p0` ON `u`.`PhoneLineId` = `p0`.`Id`
        WHERE @__ef_filter__p_1 AND (`u`.`PhoneLineId` = @__line_Id_0)
        ORDER BY `u`.`OccurredAt` DESC, `u`.`Id` DESC
        LIMIT @__p_1
        """;
}
