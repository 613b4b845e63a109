using Microsoft.Extensions.Hosting;

namespace FlowStudio.Sandbox.GoogleSheets.Data;

/// <summary>Creates and seeds the workbook store on first start; an existing file is kept.</summary>
public sealed class SheetsSandboxInitializer(SheetsWorkbook workbook) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => workbook.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
