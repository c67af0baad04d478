using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TelcoX.GraphQL.Data.Migrations.MySql
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
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiryNotifiedAt",
                table: "Coupons",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Holder = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LeasedUntil = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastRunBy = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LastStartedAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastFinishedAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastOutcome = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LastItems = table.Column<int>(type: "int", nullable: false),
                    LastSummary = table.Column<string>(type: "varchar(512)", maxLength: 512, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            // Rows already past due or expired before the sweeps existed count as announced: an
            // upgrade must not send the whole backlog at once.
            migrationBuilder.Sql("UPDATE Invoices SET OverdueNotifiedAt = DueDate WHERE Status = 'Unpaid' AND DueDate < UTC_TIMESTAMP(6);");
            migrationBuilder.Sql("UPDATE Coupons SET ExpiryNotifiedAt = ExpiresAt WHERE Status = 'Issued' AND ExpiresAt <= UTC_TIMESTAMP(6);");

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
