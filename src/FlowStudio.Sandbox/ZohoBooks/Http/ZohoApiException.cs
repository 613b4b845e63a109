namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>Thrown by handlers and turned into Zoho's error envelope by <see cref="ZohoApiFilter"/>.</summary>
public sealed class ZohoApiException : Exception
{
    public ZohoApiException()
        : this(500, ZohoErrorCodes.InternalError, "Internal error")
    {
    }

    public ZohoApiException(string message)
        : this(400, ZohoErrorCodes.InvalidValue, message)
    {
    }

    public ZohoApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = 400;
        Code = ZohoErrorCodes.InvalidValue;
    }

    public ZohoApiException(int statusCode, int code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    public int Code { get; }

    public static ZohoApiException InvalidValue(string field) =>
        new(400, ZohoErrorCodes.InvalidValue, $"Invalid value passed for {field}");

    public static ZohoApiException Missing(string field) =>
        new(400, ZohoErrorCodes.MissingValue, $"Please enter a value for {field}.");

    public static ZohoApiException NotFound(string entity) =>
        new(404, ZohoErrorCodes.DoesNotExist, $"{entity} does not exist.");

    public static ZohoApiException Rule(int code, string message) => new(400, code, message);
}
