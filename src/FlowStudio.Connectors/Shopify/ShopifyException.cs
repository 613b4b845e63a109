using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Shopify;

/// <summary>Shopify's <c>{"errors":…}</c>: a text (<c>Not Found</c>) or per-field messages (422). <see cref="ConnectorApiException.ErrorCode"/> is <c>http_{status}</c>.</summary>
public sealed class ShopifyException : ConnectorApiException
{
    public ShopifyException()
    {
    }

    public ShopifyException(string message)
        : base(message)
    {
    }

    public ShopifyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ShopifyException(string message, int? httpStatus, TimeSpan? retryAfter, IReadOnlyDictionary<string, string[]>? fieldErrors = null, Exception? innerException = null)
        : base(message, httpStatus, httpStatus is { } status ? "http_" + status : null, retryAfter, innerException)
    {
        FieldErrors = fieldErrors ?? new Dictionary<string, string[]>();
    }

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; } = new Dictionary<string, string[]>();
}
