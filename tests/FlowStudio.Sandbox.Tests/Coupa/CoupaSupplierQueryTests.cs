using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Coupa;
using FlowStudio.Sandbox.Kit;

namespace FlowStudio.Sandbox.Tests.Coupa;

/// <summary>Coupa's query arguments over the 36 demo suppliers, without HTTP.</summary>
public sealed class CoupaSupplierQueryTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 0, 0, CoupaSandboxState.InstanceOffset);

    private static readonly List<JsonObject> Suppliers = [.. Enumerable.Range(0, CoupaSandboxDemo.SupplierCount).Select(i => CoupaDemoSuppliers.Build(i, Start))];

    private static readonly IReadOnlySet<string> Attributes = new HashSet<string>(Suppliers[0].Select(p => p.Key), StringComparer.Ordinal);

    private static IReadOnlyList<long> Ids(params (string Key, string Value)[] arguments) =>
        [.. CoupaSupplierQuery.Parse(arguments.Select(a => KeyValuePair.Create(a.Key, a.Value)), Attributes, 50).Apply(Suppliers).Select(s => s["id"]!.GetValue<long>())];

    [Fact]
    public void Parse_NoArguments_FirstFiftyByIdAtMost() => Ids().ShouldBe(Suppliers.Select(s => s["id"]!.GetValue<long>()));

    [Fact]
    public void Apply_OffsetAndLimit_PageInIdOrder_LimitCappedAtFifty()
    {
        Ids(("offset", "30"), ("limit", "4")).ShouldBe([1031, 1032, 1033, 1034]);
        CoupaSupplierQuery.Parse([KeyValuePair.Create("limit", "500")], Attributes, 50).Limit.ShouldBe(50);
    }

    [Fact]
    public void Apply_UpdatedAtGreaterThanAnInstantInUtc_ComparesAcrossOffsets()
    {
        // Supplier 1002 changed at 2025-01-06T15:37:00-08:00 = 23:37Z.
        Ids(("updated_at[gt]", "2025-01-06T23:36:59Z"), ("limit", "2")).ShouldBe([1002, 1003]);
        Ids(("updated-at[gt]", "2025-01-06T23:37:00.000Z"), ("limit", "1")).ShouldBe([1003]);
        Ids(("updated-at[gt_or_eq]", "2025-01-06T23:37:00Z"), ("limit", "1")).ShouldBe([1002]);
    }

    [Fact]
    public void Apply_TextOperators_IgnoreCase_AndNestedAttributes()
    {
        Ids(("name[contains]", "OFFICE")).ShouldBe([1001, 1036]);
        Ids(("name[starts_with]", "north")).ShouldBe([1014]);
        Ids(("primary-contact[email][ends_with]", "@vantagesoftware.example")).ShouldBe([1022]);
        Ids(("primary_address[country][code]", "DE"), ("status", "inactive")).ShouldBe([1030]);
    }

    [Fact]
    public void Apply_StatusExportedInNotEq_AsCoupaDoes()
    {
        Ids(("status", "onboarding")).ShouldBe([1007, 1014, 1021, 1028, 1035]);
        Ids(("exported", "true"), ("status[not_eq]", "active")).ShouldBe([1020, 1028]);
        Ids(("id[in]", "1003, 1009,42")).ShouldBe([1003, 1009]);
        Ids(("primary-address[state][blank]", "true"), ("limit", "3")).ShouldBe([1004, 1006, 1010]);
    }

    [Fact]
    public void Apply_OrderByUpdatedAtDescending()
    {
        Ids(("order_by", "updated_at"), ("dir", "desc"), ("limit", "2")).ShouldBe([1036, 1035]);
    }

    [Theory]
    [InlineData("colour", "red", "'colour' is not a searchable attribute")]
    [InlineData("updated-at[gt]", "yesterday", "is not a date or time")]
    [InlineData("limit", "-1", "limit: '-1' must be a whole number")]
    [InlineData("dir", "sideways", "must be asc or desc")]
    [InlineData("name[blank]", "maybe", "blank accepts true or false")]
    public void Parse_BadArgument_Answers400NamingIt(string key, string value, string message)
    {
        var ex = Should.Throw<SandboxReplyException>(() => CoupaSupplierQuery.Parse([KeyValuePair.Create(key, value)], Attributes, 50));

        ex.Reply.Status.ShouldBe(400);
        ex.Reply.Body!["errors"]!["base"]![0]!.GetValue<string>().ShouldContain(message);
    }
}
