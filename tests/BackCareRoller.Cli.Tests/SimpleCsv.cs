using System.Text;

namespace BackCareRoller.Cli.Tests;

/// <summary>
/// An independent RFC 4180 reader for the tests (not the product's writer run backwards): fields separated by commas,
/// records by CRLF, a quoted field may hold commas, CRLF and doubled quotes. Anything else is a failure.
/// </summary>
internal static class SimpleCsv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                // Quoted field: up to the closing quote; "" is one quote.
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "Unterminated quoted field.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i == text.Length || text[i] == ',' || text[i] == '\r', $"Text after a closing quote at {i}.");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"CR without LF at {i}.");
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    i += 2;
                    break;
                case '\n':
                    Assert.Fail($"Bare LF outside quotes at {i}.");
                    break;
                case '"':
                    Assert.Fail($"Quote inside an unquoted field at {i}.");
                    break;
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        Assert.True(fields.Count == 0 && field.Length == 0, "The last record does not end with CRLF.");
        return records;
    }
}
