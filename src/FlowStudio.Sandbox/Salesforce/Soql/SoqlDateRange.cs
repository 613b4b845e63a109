namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>A relative date literal such as TODAY or LAST_N_DAYS:30 (<see cref="N"/> is 0 when it takes no number).</summary>
public sealed record SoqlDateRange(string Name, int N);
