using FlowStudio.CrashHost;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Infrastructure;
using FlowStudio.Infrastructure.Database;
using FlowStudio.Infrastructure.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: FlowStudio.CrashHost <data directory> <ledger file> <run id>
// Starts the app's infrastructure with workers on the SQLite file in <data directory>, waits until the run
// has ended and exits 0 if it succeeded. The crash test kills the first instance mid-run.
if (args.Length != 3 || !Guid.TryParse(args[2], out var runId))
{
    Console.Error.WriteLine("usage: FlowStudio.CrashHost <data directory> <ledger file> <run id>");
    return 64;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "CrashTest" });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:DataDirectory"] = args[0],
    ["Bootstrap:AdminPassword"] = "Crash-Test-Password-1",
    ["Runs:PollInterval"] = "00:00:00.100",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
});
builder.AddFlowStudioInfrastructure();
builder.Services.AddSingleton<IConnectorInvoker>(_ => new LedgerConnector(args[1], TimeSpan.FromMilliseconds(60)));
using var host = builder.Build();
await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
await host.StartAsync();
Console.WriteLine($"started {Environment.ProcessId}");

var queries = host.Services.GetRequiredService<RunQueries>();
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
RunStatus status;
while (!(status = (await queries.GetAsync(runId, timeout.Token))?.Run.Status ?? RunStatus.Failed).IsTerminal())
{
    await Task.Delay(50, timeout.Token);
}

Console.WriteLine($"finished {status}");
await host.StopAsync(timeout.Token);
return status == RunStatus.Succeeded ? 0 : 1;
