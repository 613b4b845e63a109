using System.Collections.Immutable;
using System.Text.Json;
using FlowStudio.Connectors.Google;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Gmail;

/// <summary>Gmail on the connector contract: JSON input → RFC 2822 message → <c>users.messages.send</c> → JSON output.</summary>
public sealed class GmailConnectorModule(GmailClientFactory clients) : IConnectorModule
{
    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web);

    public string Connector => GmailConnectionSettings.Connector;

    public string DisplayName => "Gmail";

    public string Category => "Messaging";

    public string Icon => "Icons.Material.Filled.Email";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => GmailOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(GmailConnectionSettings.FromAddress, "Sender address") { HelpText = "The Google account's address or a verified send-as alias." },
        new(GmailConnectionSettings.FromName, "Sender name") { Required = false, HelpText = "e.g. Acme Accounts Receivable" },
        new(GmailConnectionSettings.ClientId, "OAuth client id") { HelpText = "From Google Cloud console › Credentials (…apps.googleusercontent.com)." },
        new(GmailConnectionSettings.ClientSecret, "OAuth client secret") { IsSecret = true },
        new(GmailConnectionSettings.RefreshToken, "Refresh token")
        {
            IsSecret = true,
            HelpText = "Consent with scopes gmail.send and gmail.readonly (the read scope lets a retry find an already-sent message).",
        },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        if (request.Operation != $"{Connector}.{GmailOperations.Send}")
        {
            return CallResult.Failed(StepError.Permanent($"Gmail has no operation '{request.Operation}'.", "connector.unknown_operation"));
        }

        try
        {
            if (request.Input.ValueKind != JsonValueKind.Object)
            {
                throw new GmailInputException("The Gmail step's input must be an object with 'to', 'subject' and 'text' or 'html'.");
            }

            GmailEmail email;
            try
            {
                email = request.Input.Deserialize<GmailEmail>(InputJson) ?? new GmailEmail();
            }
            catch (JsonException ex)
            {
                throw new GmailInputException($"The Gmail step's input field '{ex.Path?.TrimStart('$', '.')}' must be text.");
            }

            var client = clients.Create(GmailConnectionSettings.ToConnection(connection));
            var sent = await client.SendAsync(email, request.IdempotencyKey, cancellationToken);
            return CallResult.Success(JsonSerializer.SerializeToElement(new
            {
                id = sent.Id,
                thread_id = sent.ThreadId,
                message_id = sent.MessageId,
                label_ids = sent.LabelIds,
                already_sent = sent.AlreadySent,
            }));
        }
        catch (GmailInputException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "gmail.invalid_input"));
        }
        catch (GoogleApiException ex)
        {
            return CallResult.Failed(ex.ToStepError(Connector));
        }
        catch (InvalidOperationException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "gmail.connection_invalid"));
        }
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var (address, total) = await clients.Create(GmailConnectionSettings.ToConnection(connection)).GetProfileAsync(cancellationToken);
            return ConnectionTestResult.Success($"Connected to Gmail as {address} ({total} messages).");
        }
        catch (GoogleApiException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }
}
