using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Tests.Connections;

/// <summary>The promise: the database holds no plaintext secret, and a copy of it alone decrypts nothing.</summary>
public sealed class SecretsAtRestTests
{
    private static readonly AuditActor Admin = new("admin-id", "admin@flowstudio.local", null);
    private static readonly string[] KnownSecrets =
    [
        "ledger-key-7f3a9c1e5b2d", "whsec-PLAINTEXT-91c2d7e0aa54", "rotated-SECRET-value-5c88e1", ConnectionTestServices.SandboxApiKey,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Database_AfterCreateRotateAndTest_HoldsNoSecretInAnyColumnOrByte()
    {
        var logs = new WarningCollector();
        await using var services = await SqliteServices.StartAsync(null, s =>
        {
            s.AddFlowStudioConnections();
            s.AddConnectorModule<LedgerTestModule>();
            s.AddSingleton(ConnectionTestServices.LedgerSandbox);
            s.AddSingleton<ILoggerProvider>(logs);
        }, start: false);
        var store = services.Services.GetRequiredService<ConnectionStore>();
        var created = (await store.CreateAsync(new NewConnection("Ledger", LedgerTestModule.Key,
            new Dictionary<string, string> { ["account"] = "ACC-1" },
            new Dictionary<string, string> { ["apiKey"] = KnownSecrets[0], ["webhookSecret"] = KnownSecrets[1] }), Admin, Ct)).Connection!;
        await store.RotateSecretsAsync(created.Id, new Dictionary<string, string> { ["webhookSecret"] = KnownSecrets[2] }, null, Admin, Ct);
        await store.CreateSandboxAsync(LedgerTestModule.Key, Admin, Ct);
        await services.Services.GetRequiredService<ConnectionTester>().TestAsync(created.Id, Admin, Ct);
        (await services.Services.GetRequiredService<IConnectionResolver>().ResolveAsync(created.Id, Ct))!
            .Secret("webhookSecret").ShouldBe(KnownSecrets[2], "the secrets are really stored, only encrypted");

        var databasePath = Path.Combine(services.DataDirectory, "flowstudio.db");
        var cells = await AllTextCellsAsync(databasePath);
        cells.Count.ShouldBeGreaterThan(50, "the scan reads every table");
        foreach (var secret in KnownSecrets)
        {
            cells.Where(c => c.Value.Contains(secret, StringComparison.Ordinal)).Select(c => c.Where).ShouldBeEmpty($"no column holds {secret}");
        }

        foreach (var file in Directory.GetFiles(services.DataDirectory, "flowstudio.db*"))
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var secret in KnownSecrets)
            {
                bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)).ShouldBe(-1, $"{Path.GetFileName(file)} holds {secret} as UTF-8");
                bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)).ShouldBe(-1, $"{Path.GetFileName(file)} holds {secret} as UTF-16");
            }
        }

        logs.Warnings.Where(w => w.Contains("DataProtection", StringComparison.Ordinal)).ShouldBeEmpty("the key ring is encrypted, so Data Protection has nothing to warn about");
    }

    [Fact]
    public async Task KeyRing_InDatabase_IsEncryptedWithTheCertificate()
    {
        await using var services = await ConnectionTestServices.StartAsync();
        await services.Services.GetRequiredService<ConnectionStore>().CreateAsync(ConnectionStoreTests.Ledger(), Admin, Ct);

        await using var db = services.CreateDbContext();
        var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync(Ct);

        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(k => k.Xml!.Contains("encryptedSecret") && k.Xml.Contains("X509Certificate"));
        keys.ShouldAllBe(k => !k.Xml!.Contains("<masterKey") && !k.Xml.Contains("<value>"));
        var certificate = Path.Combine(services.DataDirectory, KeyEncryptionCertificate.GeneratedFileName);
        File.Exists(certificate).ShouldBeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(certificate).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task CopyOfDatabase_WithoutTheCertificate_CannotDecryptSecrets()
    {
        string connectionId;
        var copy = SqliteServices.NewDirectory();
        Directory.CreateDirectory(copy);
        await using (var original = await ConnectionTestServices.StartAsync())
        {
            connectionId = (await original.Services.GetRequiredService<ConnectionStore>().CreateAsync(ConnectionStoreTests.Ledger(), Admin, Ct)).Connection!.Id;
            await using var db = original.CreateDbContext();
            var target = Path.Combine(copy, "flowstudio.db");
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {target}", Ct);
        }

        try
        {
            // Same database, but this data folder has no certificate: a new one is generated that cannot open the key ring.
            await using var thief = await SqliteServices.StartAsync(null, s =>
            {
                s.AddFlowStudioConnections();
                s.AddConnectorModule<LedgerTestModule>();
            }, start: false, directory: copy);
            var resolver = thief.Services.GetRequiredService<IConnectionResolver>();

            await Should.ThrowAsync<CryptographicException>(() => resolver.ResolveAsync(connectionId, Ct));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task<List<(string Where, string Value)>> AllTextCellsAsync(string databasePath)
    {
        var cells = new List<(string, string)>();
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                    {
                        byte[] blob => Encoding.UTF8.GetString(blob),
                        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    };
                    cells.Add(($"{table}.{reader.GetName(i)}", value));
                }
            }
        }

        return cells;
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Ct);
        return buffer.ToArray();
    }

    private sealed class WarningCollector : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> warnings = new();

        public IReadOnlyList<string> Warnings => [.. warnings];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, warnings);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    sink.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
