using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Salesforce.Data;
using FlowStudio.Sandbox.Salesforce.Soql;

namespace FlowStudio.Sandbox.Tests.Salesforce;

/// <summary>The sandbox's SOQL parser and evaluator over the seeded demo org (today fixed at 2025-01-10).</summary>
public sealed class SoqlTests
{
    private static readonly DateOnly Today = new(2025, 1, 10);

    [Theory]
    [InlineData("SELECT Name FROM Opportunity WHERE CloseDate = TODAY", "Contoso Supplies - training")]
    [InlineData("SELECT Name FROM Opportunity WHERE CloseDate = LAST_N_DAYS:2 ORDER BY CloseDate", "Northwind Traders - annual licences|Contoso Supplies - onboarding|Contoso Supplies - training")]
    [InlineData("SELECT Name FROM Opportunity WHERE CloseDate > THIS_MONTH ORDER BY CloseDate DESC", "Fabrikam GmbH - pilot|Fabrikam GmbH - expansion")]
    [InlineData("SELECT Name FROM Opportunity WHERE SystemModstamp >= 2025-01-09T00:00:00Z AND SystemModstamp < 2025-01-10T00:00:00+00:00", "Contoso Supplies - onboarding")]
    [InlineData("SELECT Name FROM Opportunity WHERE StageName NOT IN ('Closed Won', 'Closed Lost') AND (Amount = null OR Amount > 29999.99) ORDER BY Amount NULLS LAST", "Fabrikam GmbH - expansion|Fabrikam GmbH - pilot")]
    [InlineData("SELECT Name FROM Opportunity WHERE NOT Name LIKE 'contoso%' AND IsClosed = true", "Northwind Traders - annual licences|Northwind Traders - support renewal")]
    [InlineData("SELECT Name FROM Opportunity WHERE Account.Name = 'fabrikam gmbh' ORDER BY Name LIMIT 1 OFFSET 1", "Fabrikam GmbH - pilot")]
    [InlineData("SELECT Name FROM Opportunity WHERE Amount = 12500.50", "Contoso Supplies - onboarding")]
    public void Run_Filters_ReturnTheMatchingOpportunities(string soql, string expected) =>
        string.Join('|', Run(soql).Select(r => r["Name"]!.GetValue<string>())).ShouldBe(expected);

    [Fact]
    public void Run_ChildSubSelectAndParentPath_ShapedLikeTheRestApi()
    {
        var rows = Run("SELECT Id, Account.Name, (SELECT Quantity, UnitPrice FROM OpportunityLineItems) FROM Opportunity WHERE IsWon = true ORDER BY CloseDate LIMIT 1");

        var row = rows.Single();
        row["attributes"]!["type"]!.GetValue<string>().ShouldBe("Opportunity");
        row["Account"]!["Name"]!.GetValue<string>().ShouldBe("Northwind Traders");
        row["OpportunityLineItems"]!["totalSize"]!.GetValue<int>().ShouldBe(2);
        row["OpportunityLineItems"]!["records"]![0]!["UnitPrice"]!.ToJsonString().ShouldBe("450.00");
    }

    [Theory]
    [InlineData("SELECT Id FROM Opportunity WHERE IsWon = true AND Amount > 1 OR IsClosed = false", "MALFORMED_QUERY", "unexpected token: OR")]
    [InlineData("SELECT Id FRM Opportunity", "MALFORMED_QUERY", "unexpected token: FRM")]
    [InlineData("SELECT Id FROM Opportunity WHERE Name = 'unterminated", "MALFORMED_QUERY", "mismatched character")]
    [InlineData("SELECT Id FROM Invoice", "INVALID_TYPE", "sObject type 'Invoice' is not supported")]
    [InlineData("SELECT Id, Foo FROM Opportunity", "INVALID_FIELD", "No such column 'Foo' on entity 'Opportunity'")]
    [InlineData("SELECT Id FROM Opportunity WHERE SystemModstamp > 2025-01-01", "INVALID_FIELD", "must be of type dateTime")]
    [InlineData("SELECT Id FROM Opportunity WHERE CloseDate > '2025-01-01'", "INVALID_FIELD", "must be of type date and should not be enclosed in quotes")]
    [InlineData("SELECT Id, (SELECT Id FROM Invoices) FROM Opportunity", "INVALID_TYPE", "Didn't understand relationship 'Invoices'")]
    [InlineData("SELECT Id FROM Opportunity OFFSET 2001", "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is 2000")]
    public void Run_BadQuery_FailsLikeSalesforce(string soql, string code, string reason)
    {
        var error = Should.Throw<SoqlException>(() => Run(soql));

        error.ErrorCode.ShouldBe(code);
        error.Message.ShouldContain(reason);
        error.Message.ShouldContain("ERROR at Row:1:Column:");
    }

    [Fact]
    public void Parse_ErrorMessage_PointsAtTheColumn()
    {
        var error = Should.Throw<SoqlException>(() => SoqlParser.Parse("SELECT Id FRM Opportunity"));

        error.Message.ShouldContain("ERROR at Row:1:Column:11");
    }

    private static List<JsonObject> Run(string soql)
    {
        var records = SalesforceSeed.Records()
            .GroupBy(r => r.Type, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => (JsonObject)JsonNode.Parse(r.FieldsJson)!).ToList(), StringComparer.OrdinalIgnoreCase);
        return new SoqlEvaluator(soql, records, Today, "v62.0").Run(SoqlParser.Parse(soql));
    }
}
