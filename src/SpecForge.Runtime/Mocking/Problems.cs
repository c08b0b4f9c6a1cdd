// Shared runtime: the mock's error answers as RFC 9457 problem details, with the violations listed under `errors`
// (path, rule, limit, message) so clients and people see every reason at once.
namespace SpecForge.Runtime.Mocking
{
    using System.Collections.Generic;
    using System.IO;
    using System.Text.Json;
    using Validation;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static class MockProblems
    {
        public const string MediaType = "application/problem+json";

        private const string TypeBase = "https://specforge.dev/problems/";

        public static MockResponse Create(
            int status,
            string slug,
            string title,
            string detail,
            IReadOnlyList<ConstraintViolation>? violations,
            IReadOnlyList<KeyValuePair<string, string>>? headers,
            string outcome)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("type", TypeBase + slug);
                writer.WriteString("title", title);
                writer.WriteNumber("status", status);
                writer.WriteString("detail", detail);
                if (violations != null)
                {
                    writer.WriteStartArray("errors");
                    foreach (var violation in violations)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("path", violation.Path);
                        writer.WriteString("rule", violation.Rule);
                        if (violation.Limit == null)
                        {
                            writer.WriteNull("limit");
                        }
                        else
                        {
                            writer.WriteString("limit", violation.Limit);
                        }

                        writer.WriteString("message", violation.Message);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            return new MockResponse(status, headers, MediaType, buffer.ToArray(), violations, outcome);
        }
    }
}
