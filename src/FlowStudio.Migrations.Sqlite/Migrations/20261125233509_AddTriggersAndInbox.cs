using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddTriggersAndInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TriggerInbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FlowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UniqueKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeadersJson = table.Column<string>(type: "TEXT", nullable: true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RedeliveredRunId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RedeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RedeliveredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriggerInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Triggers",
                columns: table => new
                {
                    FlowId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HookKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FlowVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfigJson = table.Column<string>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    Watermark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastFiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastRunCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Triggers", x => new { x.FlowId, x.NodeId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_TriggerInbox_FlowId_ReceivedAt",
                table: "TriggerInbox",
                columns: new[] { "FlowId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TriggerInbox_FlowId_UniqueKey",
                table: "TriggerInbox",
                columns: new[] { "FlowId", "UniqueKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TriggerInbox_ReceivedAt",
                table: "TriggerInbox",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TriggerInbox_Status_ReceivedAt",
                table: "TriggerInbox",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Triggers_HookKey",
                table: "Triggers",
                column: "HookKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Triggers_Kind_Active",
                table: "Triggers",
                columns: new[] { "Kind", "Active" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TriggerInbox");

            migrationBuilder.DropTable(
                name: "Triggers");
        }
    }
}
