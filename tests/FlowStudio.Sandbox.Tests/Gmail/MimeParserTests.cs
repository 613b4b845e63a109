using FlowStudio.Sandbox.Gmail.Data;
using FlowStudio.Sandbox.Gmail.Mime;

namespace FlowStudio.Sandbox.Tests.Gmail;

public sealed class MimeParserTests
{
    [Fact]
    public void Parse_FoldedAndEncodedHeaders_UnfoldsAndDecodes()
    {
        const string raw = "From: =?UTF-8?B?RMOpbW8gRmluYW5jZQ==?= <finance@demo.example>\r\n"
            + "To: a@b.example,\r\n b@c.example\r\n"
            + "Subject: =?UTF-8?Q?F=C3=A4llig_am?= =?UTF-8?Q?_10.02.?=\r\n\r\nBody";

        var parsed = MimeParser.Parse(raw);

        parsed.Header("From").ShouldBe("Démo Finance <finance@demo.example>");
        parsed.Header("to").ShouldBe("a@b.example, b@c.example");
        parsed.Header("Subject").ShouldBe("Fällig am 10.02.");
        parsed.TextBody.ShouldBe("Body");
    }

    [Fact]
    public void Parse_MultipartAlternativeWithBase64AndQuotedPrintable_ReadsBothBodies()
    {
        const string raw = "To: a@b.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"xyz\"\r\n\r\n"
            + "preamble\r\n--xyz\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + "Betrag: 1.500,00 =E2=82=AC, f=C3=A4llig=\r\n heute\r\n"
            + "--xyz\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + "PHA+SGVsbG88L3A+\r\n--xyz--\r\n";

        var parsed = MimeParser.Parse(raw);

        parsed.TextBody.ShouldBe("Betrag: 1.500,00 €, fällig heute");
        parsed.HtmlBody.ShouldBe("<p>Hello</p>");
    }

    [Fact]
    public void Parse_MultipartWithoutBoundary_SaysWhatIsWrong()
    {
        var ex = Should.Throw<MimeFormatException>(() => MimeParser.Parse("To: a@b.example\r\nContent-Type: multipart/mixed\r\n\r\nx"));

        ex.Message.ShouldContain("no boundary");
    }

    [Fact]
    public void Parse_NoHeaderLine_IsRefused()
    {
        Should.Throw<MimeFormatException>(() => MimeParser.Parse("just some text\r\n\r\nbody")).Message.ShouldContain("not a header line");
    }

    [Theory]
    [InlineData("rfc822msgid:fs-abc@demo.example", true)]
    [InlineData("rfc822msgid:<fs-abc@demo.example>", true)]
    [InlineData("rfc822msgid:fs-other@demo.example", false)]
    [InlineData("to:ann@customer.example in:sent", true)]
    [InlineData("in:inbox", false)]
    [InlineData("subject:invoice overdue", true)]
    [InlineData("from:someone-else", false)]
    public void GmailSearch_Terms_AreAndedLikeGmail(string query, bool expected)
    {
        var message = new GmailMessage
        {
            Id = "1",
            ThreadId = "1",
            MessageIdHeader = "<fs-abc@demo.example>",
            From = "finance@demo.example",
            To = "ann@customer.example",
            Subject = "Invoice INV-1",
            TextBody = "Your invoice is overdue.",
            Labels = "SENT",
        };

        FlowStudio.Sandbox.Gmail.Api.GmailSearch.Matches(message, query).ShouldBe(expected);
    }
}
