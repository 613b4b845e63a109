using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FlowStudio.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FlowId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NodeId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EventKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UniqueKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    EventType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Body = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    HeadersJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RedeliveredRunId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RedeliveredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RedeliveredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TriggerInbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Triggers",
                columns: table => new
                {
                    FlowId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NodeId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HookKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    FlowVersion = table.Column<int>(type: "int", nullable: false),
                    ConfigJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Paused = table.Column<bool>(type: "bit", nullable: false),
                    Watermark = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LastFiredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastRunCount = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                unique: true,
                filter: "[UniqueKey] IS NOT NULL");

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
                unique: true,
                filter: "[HookKey] IS NOT NULL");

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
