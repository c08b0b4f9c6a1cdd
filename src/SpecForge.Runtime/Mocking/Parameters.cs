// Shared runtime: turns parameter text into JSON by style/explode and the schema's type, then checks it with the
// schema validator, so `?limit=abc` and `?limit=500` both come back as violations at `/query/limit`.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Text;
    using System.Text.Json;
    using Validation;

    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static partial class MockParameters
    {
        /// <summary>Reports missing, unparsable and schema-breaking parameters of the operation.</summary>
        public static void Validate(MockOperation operation, RequestParts parts, MockRequest request, SchemaValidator validator, List<ConstraintViolation> violations)
        {
            var parameters = operation.Parameters;
            if (parameters.Length == 0)
            {
                return;
            }

            // Every present, well-typed value goes into one JSON array, so the request parses one document in all.
            var slots = new int[parameters.Length];
            var written = 0;
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartArray();
                var next = 0;
                for (var i = 0; i < parameters.Length; i++)
                {
                    slots[i] = -1;
                    var parameter = parameters[i];
                    var before = violations.Count;
                    if (!TryWrite(writer, parameter, parts, request, violations))
                    {
                        if (parameter.Required)
                        {
                            violations.Add(Violations.Required(parameter.Pointer));
                        }

                        continue;
                    }

                    if (violations.Count == before)
                    {
                        slots[i] = next;
                    }

                    next++;
                }

                writer.WriteEndArray();
                written = next;
            }

            if (written == 0)
            {
                return;
            }

            using (var document = JsonDocument.Parse(buffer.ToArray()))
            {
                var root = document.RootElement;
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (slots[i] >= 0 && parameters[i].Schema.ValueKind != JsonValueKind.Undefined)
                    {
                        validator.Validate(root[slots[i]], parameters[i].Schema, parameters[i].Pointer, SchemaDirection.Request, violations);
                    }
                }
            }
        }

        /// <summary>Writes the parameter's value; false when the request does not carry it.</summary>
        private static bool TryWrite(Utf8JsonWriter writer, MockParameter parameter, RequestParts parts, MockRequest request, List<ConstraintViolation> violations)
        {
            if (parameter.Location == ParameterLocation.Query)
            {
                return TryWriteQuery(writer, parameter, parts, violations);
            }

            string? text;
            switch (parameter.Location)
            {
                case ParameterLocation.Path: text = parts.PathValues.TryGetValue(parameter.Name, out var value) ? value : null; break;
                case ParameterLocation.Header: text = request.Header(parameter.Name); break;
                default: text = parts.CookieValue(parameter.Name); break;
            }

            if (text == null)
            {
                return false;
            }

            // Only an in-process caller can hand over such a header (HTTP carries bytes); no JSON writer takes it.
            if (HasLoneSurrogate(text))
            {
                violations.Add(new ConstraintViolation(parameter.Pointer, "type", "string", "must be Unicode text, without lone surrogates"));
                writer.WriteNullValue();
                return true;
            }

            if (parameter.Location == ParameterLocation.Path && parameter.Style == "label")
            {
                WriteStyled(writer, parameter, text.Length > 0 && text[0] == '.' ? text.Substring(1) : text, parameter.Explode ? '.' : ',', violations);
            }
            else if (parameter.Location == ParameterLocation.Path && parameter.Style == "matrix")
            {
                WriteMatrix(writer, parameter, text, violations);
            }
            else
            {
                WriteStyled(writer, parameter, text, ',', violations);
            }

            return true;
        }

        private static bool TryWriteQuery(Utf8JsonWriter writer, MockParameter parameter, RequestParts parts, List<ConstraintViolation> violations)
        {
            if (parameter.Kind == ScalarKind.Object && !parameter.IsJsonContent && (parameter.Style == "deepObject" || (parameter.Style == "form" && parameter.Explode)))
            {
                var pairs = new List<KeyValuePair<string, string>>();
                var prefix = parameter.Name + "[";
                foreach (var pair in parts.Query)
                {
                    if (parameter.Style == "deepObject")
                    {
                        if (pair.Key.StartsWith(prefix, StringComparison.Ordinal) && pair.Key.EndsWith("]", StringComparison.Ordinal))
                        {
                            pairs.Add(new KeyValuePair<string, string>(pair.Key.Substring(prefix.Length, pair.Key.Length - prefix.Length - 1), pair.Value));
                        }
                    }
                    else if (parameter.Properties != null && parameter.Properties.ContainsKey(pair.Key))
                    {
                        pairs.Add(pair);
                    }
                }

                if (pairs.Count == 0)
                {
                    return false;
                }

                WriteObject(writer, parameter, pairs, violations);
                return true;
            }

            if (parameter.Kind == ScalarKind.Array && parameter.Explode && parameter.Style == "form" && !parameter.IsJsonContent)
            {
                var values = parts.QueryValues(parameter.Name);
                if (values.Count == 0)
                {
                    return false;
                }

                WriteArray(writer, parameter, values, violations);
                return true;
            }

            var text = parts.QueryValue(parameter.Name);
            if (text == null)
            {
                return false;
            }

            var separator = parameter.Style == "spaceDelimited" ? ' ' : parameter.Style == "pipeDelimited" ? '|' : ',';
            WriteStyled(writer, parameter, text, separator, violations);
            return true;
        }

        // simple, label and form share one shape: items joined by a separator; objects as k,v pairs or k=v items.
        private static void WriteStyled(Utf8JsonWriter writer, MockParameter parameter, string text, char separator, List<ConstraintViolation> violations)
        {
            if (parameter.IsJsonContent)
            {
                WriteJson(writer, parameter.Pointer, text, violations);
                return;
            }

            if (parameter.Kind == ScalarKind.Array)
            {
                WriteArray(writer, parameter, text.Length == 0 ? new List<string>() : new List<string>(text.Split(separator)), violations);
            }
            else if (parameter.Kind == ScalarKind.Object)
            {
                WriteObject(writer, parameter, Pairs(text.Split(separator), parameter.Explode), violations);
            }
            else
            {
                WriteScalar(writer, parameter.Kind, text, parameter.Pointer, violations);
            }
        }

        // `;id=5`, `;id=3,4,5` or `;id=3;id=4`, and objects as `;id=role,admin` or `;role=admin;name=Alex`.
        private static void WriteMatrix(Utf8JsonWriter writer, MockParameter parameter, string text, List<ConstraintViolation> violations)
        {
            var items = (text.Length > 0 && text[0] == ';' ? text.Substring(1) : text).Split(';');
            if (parameter.Kind == ScalarKind.Object && parameter.Explode)
            {
                WriteObject(writer, parameter, Pairs(items, true), violations);
                return;
            }

            if (parameter.Kind == ScalarKind.Array && parameter.Explode)
            {
                var values = new List<string>();
                foreach (var item in items)
                {
                    values.Add(AfterEquals(item));
                }

                WriteArray(writer, parameter, values, violations);
                return;
            }

            WriteStyled(writer, parameter, AfterEquals(items[0]), ',', violations);
        }

        private static string AfterEquals(string item)
        {
            var equals = item.IndexOf('=');
            return equals < 0 ? string.Empty : item.Substring(equals + 1);
        }

        private static List<KeyValuePair<string, string>> Pairs(string[] items, bool explode)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (explode)
            {
                foreach (var item in items)
                {
                    var equals = item.IndexOf('=');
                    if (equals > 0)
                    {
                        pairs.Add(new KeyValuePair<string, string>(item.Substring(0, equals), item.Substring(equals + 1)));
                    }
                }
            }
            else
            {
                for (var i = 0; i + 1 < items.Length; i += 2)
                {
                    pairs.Add(new KeyValuePair<string, string>(items[i], items[i + 1]));
                }
            }

            return pairs;
        }

        private static void WriteArray(Utf8JsonWriter writer, MockParameter parameter, List<string> values, List<ConstraintViolation> violations)
        {
            writer.WriteStartArray();
            for (var i = 0; i < values.Count; i++)
            {
                WriteScalar(writer, parameter.ItemKind, values[i], ConstraintRules.Append(parameter.Pointer, i), violations);
            }

            writer.WriteEndArray();
        }

        private static void WriteObject(Utf8JsonWriter writer, MockParameter parameter, List<KeyValuePair<string, string>> pairs, List<ConstraintViolation> violations)
        {
            writer.WriteStartObject();
            foreach (var pair in pairs)
            {
                var kind = parameter.Properties != null && parameter.Properties.TryGetValue(pair.Key, out var known) ? known : ScalarKind.String;
                writer.WritePropertyName(pair.Key);
                WriteScalar(writer, kind, pair.Value, ConstraintRules.Append(parameter.Pointer, pair.Key), violations);
            }

            writer.WriteEndObject();
        }

        private static void WriteJson(Utf8JsonWriter writer, string pointer, string text, List<ConstraintViolation> violations)
        {
            using (var document = MockJson.Parse(Encoding.UTF8.GetBytes(text), out var problem))
            {
                if (document == null)
                {
                    violations.Add(new ConstraintViolation(pointer, "type", "json", "The value is " + problem));
                    writer.WriteNullValue();
                    return;
                }

                document.RootElement.WriteTo(writer);
            }
        }
    }
}
