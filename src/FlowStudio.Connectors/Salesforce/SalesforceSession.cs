namespace FlowStudio.Connectors.Salesforce;

/// <summary>An access token and the org's <c>instance_url</c>, the base of every API call made with it.</summary>
public sealed record SalesforceSession(string AccessToken, Uri InstanceUrl)
{
    public override string ToString() => $"Salesforce session at {InstanceUrl} (token ***)";
}
