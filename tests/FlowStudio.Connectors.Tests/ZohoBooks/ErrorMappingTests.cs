using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class ErrorMappingTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetInvoice_Unknown_ThrowsNotFoundWithCode1002()
    {
        var error = await Should.ThrowAsync<ZohoBooksNotFoundException>(() => fixture.Harness.Client.GetInvoiceAsync("999999999", Ct));

        error.Code.ShouldBe(ZohoErrorCodes.DoesNotExist);
        error.HttpStatus.ShouldBe(404);
    }

    [Fact]
    public async Task CreateCustomerPayment_MissingAmountFields_ThrowsValidation()
    {
        var customer = await SandboxData.CustomerAsync(fixture.Harness.Client);

        var error = await Should.ThrowAsync<ZohoBooksValidationException>(() => fixture.Harness.Client.CreateCustomerPaymentAsync(
            new ZohoCustomerPaymentInput { CustomerId = customer.ContactId, PaymentMode = "barter", Amount = 10m }, cancellationToken: Ct));

        error.Code.ShouldBe(ZohoErrorCodes.InvalidValue);
    }

    [Fact]
    public async Task CreateContact_DuplicateName_ThrowsBusinessRuleWithCode1001()
    {
        await fixture.Harness.Client.CreateContactAsync(new ZohoContactInput { ContactName = "Twice Ltd" }, cancellationToken: Ct);

        var error = await Should.ThrowAsync<ZohoBooksBusinessRuleException>(() =>
            fixture.Harness.Client.CreateContactAsync(new ZohoContactInput { ContactName = "Twice Ltd" }, cancellationToken: Ct));

        error.Code.ShouldBe(ZohoErrorCodes.AlreadyExists);
    }

    [Fact]
    public async Task AnyCall_ForAnOrganisationTheUserLacks_ThrowsAuthenticationWithCode6041()
    {
        var client = fixture.Harness.Factory.Create(ZohoClientHarness.SandboxConnection("555"));

        var error = await Should.ThrowAsync<ZohoBooksAuthenticationException>(() => client.ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());

        error.Code.ShouldBe(ZohoErrorCodes.OrganizationNotAssociated);
    }

    [Theory]
    [InlineData(57, 401, ZohoErrorKind.Authentication)]
    [InlineData(6041, 400, ZohoErrorKind.Authentication)]
    [InlineData(1002, 404, ZohoErrorKind.NotFound)]
    [InlineData(2, 400, ZohoErrorKind.Validation)]
    [InlineData(4, 400, ZohoErrorKind.Validation)]
    [InlineData(1038, 400, ZohoErrorKind.Validation)]
    [InlineData(44, 429, ZohoErrorKind.RateLimit)]
    [InlineData(45, 429, ZohoErrorKind.RateLimit)]
    [InlineData(1070, 429, ZohoErrorKind.RateLimit)]
    [InlineData(1001, 400, ZohoErrorKind.BusinessRule)]
    [InlineData(1015, 400, ZohoErrorKind.BusinessRule)]
    [InlineData(13004, 400, ZohoErrorKind.BusinessRule)]
    [InlineData(24016, 400, ZohoErrorKind.BusinessRule)]
    [InlineData(24017, 400, ZohoErrorKind.BusinessRule)]
    [InlineData(1000, 500, ZohoErrorKind.Transient)]
    [InlineData(0, 502, ZohoErrorKind.Transient)]
    [InlineData(99999, 400, ZohoErrorKind.Validation)]
    [InlineData(99999, 200, ZohoErrorKind.Unknown)]
    public void Classify_ByCodeThenStatus_GivesTheKind(int code, int status, ZohoErrorKind expected)
    {
        ZohoErrorMapper.Classify(code, status).ShouldBe(expected);
        ZohoErrorMapper.Create(code, status, "localized text").Kind.ShouldBe(expected);
    }
}
