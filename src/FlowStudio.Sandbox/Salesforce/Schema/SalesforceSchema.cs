namespace FlowStudio.Sandbox.Salesforce.Schema;

/// <summary>
/// The objects and fields the sandbox org has (from the Salesforce object reference): Account, Contact, Opportunity,
/// OpportunityLineItem and OpportunityContactRole, plus the custom field <c>Invoice_Number__c</c> on Opportunity that
/// the Zoho templates write back.
/// </summary>
public static class SalesforceSchema
{
    public static readonly IReadOnlyList<string> Stages =
        ["Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost"];

    private static readonly Dictionary<string, SObjectType> Types = Build();

    public static IReadOnlyCollection<SObjectType> All => Types.Values;

    public static SObjectType? Find(string name) => Types.TryGetValue(name, out var type) ? type : null;

    private static Dictionary<string, SObjectType> Build()
    {
        var account = new SObjectType("Account", "001",
        [
            Id(), Text("Name"), Text("AccountNumber"), Picklist("Type"),
            Picklist("Industry"), Text("Phone", SFieldType.Phone), Text("Website"), Text("BillingStreet"), Text("BillingCity"), Text("BillingState"),
            Text("BillingPostalCode"), Text("BillingCountry"), new SField("AnnualRevenue", SFieldType.Currency), Text("CurrencyIsoCode"),
            Reference("OwnerId", "User", "Owner"), .. Audit(),
        ]);
        var contact = new SObjectType("Contact", "003",
        [
            Id(), Text("FirstName"), Text("LastName"), new SField("Name", SFieldType.Text, Updateable: false), Text("Email", SFieldType.Email),
            Text("Phone", SFieldType.Phone), Text("Title"), Reference("AccountId", "Account", "Account"), Text("MailingStreet"), Text("MailingCity"),
            Text("MailingState"), Text("MailingPostalCode"), Text("MailingCountry"), Reference("OwnerId", "User", "Owner"), .. Audit(),
        ]);
        var opportunity = new SObjectType("Opportunity", "006",
        [
            Id(), Text("Name"), Reference("AccountId", "Account", "Account"), new SField("Amount", SFieldType.Currency), new SField("CloseDate", SFieldType.Date),
            new SField("StageName", SFieldType.Picklist) { PicklistValues = Stages }, new SField("IsClosed", SFieldType.Boolean, Updateable: false),
            new SField("IsWon", SFieldType.Boolean, Updateable: false), Text("CurrencyIsoCode"), Reference("OwnerId", "User", "Owner"),
            Reference("Pricebook2Id", "Pricebook2", "Pricebook2"), new SField("Probability", SFieldType.Number), Text("Description"),
            Picklist("Type"),
            Text("Invoice_Number__c"), .. Audit(),
        ]);
        var lineItem = new SObjectType("OpportunityLineItem", "00k",
        [
            Id(), Reference("OpportunityId", "Opportunity", "Opportunity"), Reference("Product2Id", "Product2", "Product2"),
            new SField("ProductCode", SFieldType.Text, Updateable: false), new SField("Name", SFieldType.Text, Updateable: false),
            new SField("Quantity", SFieldType.Number), new SField("UnitPrice", SFieldType.Currency), new SField("ListPrice", SFieldType.Currency, Updateable: false),
            new SField("TotalPrice", SFieldType.Currency), new SField("Discount", SFieldType.Number), Text("Description"), .. Audit(),
        ]);
        var contactRole = new SObjectType("OpportunityContactRole", "00K",
        [
            Id(), Reference("OpportunityId", "Opportunity", "Opportunity"), Reference("ContactId", "Contact", "Contact"),
            Picklist("Role"), new SField("IsPrimary", SFieldType.Boolean), .. Audit(),
        ]);
        opportunity.Children["OpportunityLineItems"] = ("OpportunityLineItem", "OpportunityId");
        opportunity.Children["OpportunityContactRoles"] = ("OpportunityContactRole", "OpportunityId");
        account.Children["Opportunities"] = ("Opportunity", "AccountId");
        account.Children["Contacts"] = ("Contact", "AccountId");
        return new[] { account, contact, opportunity, lineItem, contactRole }.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    private static SField Id() => new("Id", SFieldType.Id, Updateable: false);

    private static SField Text(string name, SFieldType type = SFieldType.Text) => new(name, type);

    private static SField Picklist(string name) => new(name, SFieldType.Picklist);

    private static SField Reference(string name, string to, string relationship) =>
        new(name, SFieldType.Reference) { ReferenceTo = to, RelationshipName = relationship };

    private static SField[] Audit() =>
    [
        new("CreatedDate", SFieldType.DateTime, Updateable: false), new("LastModifiedDate", SFieldType.DateTime, Updateable: false),
        new("SystemModstamp", SFieldType.DateTime, Updateable: false), new("IsDeleted", SFieldType.Boolean, Updateable: false),
    ];
}
