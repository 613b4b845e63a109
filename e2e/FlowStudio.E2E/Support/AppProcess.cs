using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace FlowStudio.E2E.Support;

/// <summary>
/// Starts the real, built app as a child process on 127.0.0.1 with a fresh data folder, exactly as a
/// newcomer's first start (Development: SQLite, demo data), and reads the admin login it prints.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<string> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process, string dataDirectory, Uri baseAddress)
    {
        this.process = process;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public string AdminEmail { get; private set; } = "";

    public string AdminPassword { get; private set; } = "";

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync()
    {
        var root = RepositoryRoot();
        var configuration = typeof(AppProcess).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var webDirectory = Path.Combine(root, "src", "FlowStudio.Web");
        var dll = Path.Combine(webDirectory, "bin", configuration, "net10.0", "FlowStudio.Web.dll");
        File.Exists(dll).ShouldBeTrue($"the app is built at {dll}");

        var port = FreePort();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "flowstudio-e2e", Guid.NewGuid().ToString("N"));
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["Storage__DataDirectory"] = dataDirectory;

        var app = new AppProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, dataDirectory, baseAddress);
        app.process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        app.process.Exited += (_, _) => app.listening.TrySetException(new InvalidOperationException($"The app exited early:\n{app.Output}"));
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();

        await app.listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return app;
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (EmailLine().Match(line) is { Success: true } email)
        {
            AdminEmail = email.Groups[1].Value;
        }
        else if (PasswordLine().Match(line) is { Success: true } password)
        {
            AdminPassword = password.Groups[1].Value;
        }
        else if (line.Contains("Application started", StringComparison.Ordinal))
        {
            listening.TrySetResult(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the run.
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FlowStudio.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("FlowStudio.sln not found above the test output folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^\s*Email:\s+(\S+)\s*$")]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"^\s*Password:\s+(\S+)\s*$")]
    private static partial Regex PasswordLine();
}
