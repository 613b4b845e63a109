using FlowStudio.Core.Lookups;

namespace FlowStudio.Core.Tests.Lookups;

public class LookupCsvImporterTests
{
    private static LookupTable Import(string csv, LookupTableOptions? options = null) =>
        LookupCsvImporter.Import("taxes", new StringReader(csv), options ?? new LookupTableOptions("title"));

    private static LookupImportException Fails(string csv, LookupTableOptions? options = null) =>
        Should.Throw<LookupImportException>(() => Import(csv, options));

    [Fact]
    public void Import_ValidCsv_BuildsTableWithColumns()
    {
        var table = Import("title,tax_id,rate\nVAT 20%,T-20,0.20\n\"Reduced, 5%\",T-5,0.05\n");

        table.Name.ShouldBe("taxes");
        table.Count.ShouldBe(2);
        table.ValueColumns.ShouldBe(["tax_id", "rate"]);
        table.Find("VAT 20%").ShouldBe("T-20");
        table.Find("Reduced, 5%", "rate").ShouldBe("0.05");
    }

    [Fact]
    public void Import_IgnoreCase_MatchesAnyCase()
    {
        var table = Import("title,tax_id\nVAT 20%,T-20\n", new LookupTableOptions("title", IgnoreCase: true));

        table.Find("vat 20%").ShouldBe("T-20");
    }

    [Fact]
    public void Import_CaseSensitive_MissesOtherCaseAndUsesDefault()
    {
        var table = Import("title,tax_id\nVAT 20%,T-20\n", new LookupTableOptions("title", DefaultValue: "T-0"));

        table.Find("vat 20%").ShouldBe("T-0");
    }

    [Fact]
    public void Import_KeyColumnMissing_ListsHeader()
    {
        var error = Fails("name,tax_id\nVAT,T-20\n");

        var problem = error.Errors.ShouldHaveSingleItem();
        problem.Row.ShouldBe(1);
        problem.Column.ShouldBe("title");
        problem.Message.ShouldContain("name, tax_id");
    }

    [Fact]
    public void Import_DuplicateKeys_ReportRowAndFirstRow()
    {
        var error = Fails("title,tax_id\nVAT,T-20\nZero,T-0\nVAT,T-21\n");

        var problem = error.Errors.ShouldHaveSingleItem();
        problem.Row.ShouldBe(4);
        problem.Column.ShouldBe("title");
        problem.Message.ShouldBe("Duplicate key 'VAT' (first on row 2).");
    }

    [Fact]
    public void Import_DuplicateKeysIgnoringCase_AreDuplicates()
    {
        Fails("title,tax_id\nVAT,T-20\nvat,T-21\n", new LookupTableOptions("title", IgnoreCase: true)).Errors.ShouldHaveSingleItem().Row.ShouldBe(3);
    }

    [Fact]
    public void Import_EmptyKeyAndShortRow_ReportsEach()
    {
        var error = Fails("title,tax_id\n,T-20\nVAT\n");

        error.Errors.Select(e => e.Row).ShouldBe([2, 3]);
        error.Errors[0].Message.ShouldContain("key is empty");
        error.Errors[1].Message.ShouldContain("1 fields but the header has 2");
        error.Message.ShouldContain("Row 2");
    }

    [Fact]
    public void Import_EmptyFile_Fails()
    {
        Fails("").Errors.ShouldHaveSingleItem().Message.ShouldContain("empty");
    }

    [Fact]
    public void Import_OnlyKeyColumn_Fails()
    {
        Fails("title\nVAT\n").Errors.ShouldContain(e => e.Message.Contains("value column"));
    }

    [Fact]
    public void Import_DuplicateHeader_Fails()
    {
        Fails("title,rate,rate\nVAT,1,2\n").Errors.ShouldContain(e => e.Column == "rate" && e.Row == 1);
    }

    [Fact]
    public void FromPairs_DuplicateKey_Throws()
    {
        Should.Throw<ArgumentException>(() => LookupTable.FromPairs("t", [new("a", "1"), new("a", "2")]));
    }

    [Fact]
    public void Find_UnknownColumn_Throws()
    {
        Should.Throw<ArgumentException>(() => LookupTable.FromPairs("t", [new("a", "1")]).Find("a", "nope"));
    }
}
