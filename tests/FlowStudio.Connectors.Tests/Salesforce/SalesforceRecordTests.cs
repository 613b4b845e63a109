using System.Text.Json;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Salesforce.Data;

namespace FlowStudio.Connectors.Tests.Salesforce;

/// <summary>Get and PATCH of Opportunity, Account and Contact against the sandbox.</summary>
public sealed class SalesforceRecordTests(SalesforceSandboxFixture fixture) : IClassFixture<SalesforceSandboxFixture>
{
    private static readonly string Won = SalesforceSeed.NewId("006", 2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateOpportunity_InvoiceNumber_IsStoredAndMovesSystemModstamp()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call("salesforce.opportunities.update", new { id = Won, fields = new { Invoice_Number__c = "INV-000123" } }), SalesforceSandboxFixture.Connection(), Ct);
        var read = await fixture.Module.InvokeAsync(
            SandboxHost.Call("salesforce.opportunities.get", new { id = Won, fields = "Id, Invoice_Number__c, SystemModstamp, Amount" }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        result.Output!.Value.GetProperty("updated_fields")[0].GetString().ShouldBe("Invoice_Number__c");
        var record = read.Output!.Value;
        record.GetProperty("Invoice_Number__c").GetString().ShouldBe("INV-000123");
        record.GetProperty("Amount").GetDecimal().ShouldBe(12500.50m);
        string.CompareOrdinal(record.GetProperty("SystemModstamp").GetString(), "2025-01-09T10:00:00.000+0000").ShouldBeGreaterThan(0);
        record.TryGetProperty("attributes", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task GetAccountAndContact_AllFields()
    {
        var account = await fixture.Module.InvokeAsync(SandboxHost.Call("salesforce.accounts.get", new { id = SalesforceSeed.NewId("001", 3) }), SalesforceSandboxFixture.Connection(), Ct);
        var contact = await fixture.Module.InvokeAsync(SandboxHost.Call("salesforce.contacts.get", new { id = SalesforceSeed.NewId("003", 1) }), SalesforceSandboxFixture.Connection(), Ct);

        account.Output!.Value.GetProperty("Name").GetString().ShouldBe("Fabrikam GmbH");
        account.Output!.Value.GetProperty("CurrencyIsoCode").GetString().ShouldBe("EUR");
        contact.Output!.Value.GetProperty("Email").GetString().ShouldBe("ann.li@northwind-demo.example");
    }

    [Fact]
    public async Task UpdateContact_Email_ThenAQueryFindsIt()
    {
        var id = SalesforceSeed.NewId("003", 2);

        await fixture.Module.InvokeAsync(SandboxHost.Call("salesforce.contacts.update", new { id, fields = "{\"Email\":\"ben@contoso-new.example\"}" }), SalesforceSandboxFixture.Connection(), Ct);
        var found = await fixture.Module.InvokeAsync(
            SandboxHost.Call("salesforce.query", new { soql = "SELECT Id FROM Contact WHERE Email LIKE '%contoso-new%'" }), SalesforceSandboxFixture.Connection(), Ct);

        found.Output!.Value.GetProperty("records")[0].GetProperty("Id").GetString().ShouldBe(id);
    }

    [Theory]
    [InlineData("{\"IsWon\":true}", "salesforce.INVALID_FIELD_FOR_INSERT_UPDATE", "IsWon")]
    [InlineData("{\"StageName\":\"Won-ish\"}", "salesforce.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "bad value for restricted picklist field: Won-ish")]
    [InlineData("{\"CloseDate\":\"next week\"}", "salesforce.JSON_PARSER_ERROR", "CloseDate")]
    [InlineData("{\"Nope__c\":1}", "salesforce.INVALID_FIELD", "No such column 'Nope__c'")]
    public async Task UpdateOpportunity_RefusedField_FailsPermanently_AndChangesNothing(string fields, string code, string message)
    {
        var id = SalesforceSeed.NewId("006", 3);
        var before = await fixture.Module.InvokeAsync(SandboxHost.Call("salesforce.opportunities.get", new { id }), SalesforceSandboxFixture.Connection(), Ct);

        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call("salesforce.opportunities.update", new { id, fields = JsonDocument.Parse(fields).RootElement }), SalesforceSandboxFixture.Connection(), Ct);
        var after = await fixture.Module.InvokeAsync(SandboxHost.Call("salesforce.opportunities.get", new { id }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe(code);
        result.Failure.IsTransient.ShouldBeFalse();
        result.Failure.Message.ShouldContain(message);
        after.Output!.Value.GetRawText().ShouldBe(before.Output!.Value.GetRawText());
    }

    [Fact]
    public async Task GetOpportunity_UnknownId_IsNotFound()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call("salesforce.opportunities.get", new { id = "006000000000999AAA" }), SalesforceSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("salesforce.NOT_FOUND");
    }

    [Theory]
    [InlineData("{\"id\":\"006/../../x\",\"fields\":{\"Name\":\"x\"}}", "'id' is not a Salesforce id")]
    [InlineData("{\"id\":\"006000000000003AAA\"}", "'fields' is required")]
    [InlineData("{\"id\":\"006000000000003AAA\",\"fields\":{\"Name\":{\"a\":1}}}", "'fields.Name' is an object")]
    public async Task UpdateOpportunity_BadInput_FailsWithoutCallingSalesforce(string input, string message)
    {
        var before = fixture.Host.Calls.Count;
        var call = SandboxHost.Call("salesforce.opportunities.update", new { }) with { Input = JsonDocument.Parse(input).RootElement.Clone() };

        var result = await fixture.Module.InvokeAsync(call, SalesforceSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("salesforce.invalid_input");
        result.Failure.Message.ShouldContain(message);
        fixture.Host.Calls.Count.ShouldBe(before);
    }
}
