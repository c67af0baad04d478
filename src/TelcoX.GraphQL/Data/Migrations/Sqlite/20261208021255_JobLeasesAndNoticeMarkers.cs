using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TelcoX.GraphQL.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobLeasesAndNoticeMarkers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OverdueNotifiedAt",
                table: "Invoices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiryNotifiedAt",
                table: "Coupons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LeasedUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastRunBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LastStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastOutcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LastItems = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSummary = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            // Rows already past due or expired before the sweeps existed count as announced: an
            // upgrade must not send the whole backlog at once.
            migrationBuilder.Sql("UPDATE Invoices SET OverdueNotifiedAt = DueDate WHERE Status = 'Unpaid' AND DueDate < strftime('%Y-%m-%d %H:%M:%f', 'now');");
            migrationBuilder.Sql("UPDATE Coupons SET ExpiryNotifiedAt = ExpiresAt WHERE Status = 'Issued' AND ExpiresAt <= strftime('%Y-%m-%d %H:%M:%f', 'now');");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Status_OverdueNotifiedAt_DueDate",
                table: "Invoices",
                columns: new[] { "Status", "OverdueNotifiedAt", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Coupons_Status_ExpiryNotifiedAt_ExpiresAt",
                table: "Coupons",
                columns: new[] { "Status", "ExpiryNotifiedAt", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_Status_OverdueNotifiedAt_DueDate",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_Coupons_Status_ExpiryNotifiedAt_ExpiresAt",
                table: "Coupons");

            migrationBuilder.DropColumn(
                name: "OverdueNotifiedAt",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "ExpiryNotifiedAt",
                table: "Coupons");
        }
    }
}
