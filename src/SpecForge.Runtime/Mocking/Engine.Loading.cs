// Shared runtime: reads the OpenAPI 3.1 document once into MockOperation objects (path-level and operation
// parameters merged, `$ref`s to components followed, security resolved); servers are ignored and paths served at root.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Text.Json;

    sealed partial class MockEngine
    {
        private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

        private static List<MockOperation> LoadOperations(MockDocument document, MockRouter router)
        {
            var operations = new List<MockOperation>();
            var paths = MockDocument.Get(document.Root, "paths");
            if (paths.ValueKind != JsonValueKind.Object)
            {
                return operations;
            }

            var schemes = LoadSecuritySchemes(document);
            var rootSecurity = MockDocument.Get(document.Root, "security");
            foreach (var path in paths.EnumerateObject())
            {
                var pathItem = document.Resolve(path.Value);
                if (pathItem.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var template = PathTemplate.Parse(path.Name);
                var item = new MockPathItem(template);
                foreach (var member in pathItem.EnumerateObject())
                {
                    if (Array.IndexOf(Methods, member.Name) < 0 || member.Value.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    var operationJson = member.Value;
                    var operation = new MockOperation(member.Name.ToUpperInvariant(), path.Name, MockDocument.GetString(operationJson, "operationId"), template)
                    {
                        Parameters = LoadParameters(document, MockDocument.Get(pathItem, "parameters"), MockDocument.Get(operationJson, "parameters")),
                        RequestBody = LoadRequestBody(document, MockDocument.Get(operationJson, "requestBody")),
                        Responses = LoadResponses(document, MockDocument.Get(operationJson, "responses")),
                        Deprecated = MockDocument.GetBool(operationJson, "deprecated", false),
                    };
                    var security = MockDocument.Get(operationJson, "security");
                    operation.Security = LoadSecurity(security.ValueKind == JsonValueKind.Array ? security : rootSecurity, schemes);
                    item.Operations.Add(operation);
                    operations.Add(operation);
                }

                router.Add(template, item);
            }

            MockState.AssignRoles(operations, document);
            return operations;
        }

        // Operation parameters override path-level ones with the same name and location.
        private static MockParameter[] LoadParameters(MockDocument document, JsonElement pathLevel, JsonElement operationLevel)
        {
            var byKey = new Dictionary<string, MockParameter>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var list in new[] { pathLevel, operationLevel })
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var element in list.EnumerateArray())
                {
                    var parameter = LoadParameter(document, document.Resolve(element));
                    if (parameter == null)
                    {
                        continue;
                    }

                    var key = parameter.Pointer;
                    if (!byKey.ContainsKey(key))
                    {
                        order.Add(key);
                    }

                    byKey[key] = parameter;
                }
            }

            var parameters = new MockParameter[order.Count];
            for (var i = 0; i < order.Count; i++)
            {
                parameters[i] = byKey[order[i]];
            }

            return parameters;
        }

        private static MockParameter? LoadParameter(MockDocument document, JsonElement json)
        {
            var name = MockDocument.GetString(json, "name");
            ParameterLocation location;
            switch (MockDocument.GetString(json, "in"))
            {
                case "path": location = ParameterLocation.Path; break;
                case "query": location = ParameterLocation.Query; break;
                case "header": location = ParameterLocation.Header; break;
                case "cookie": location = ParameterLocation.Cookie; break;
                default: return null;
            }

            // OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored.
            if (name == null || (location == ParameterLocation.Header
                && (string.Equals(name, "Accept", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))))
            {
                return null;
            }

            var pointerPrefix = location == ParameterLocation.Path ? "/path" : location == ParameterLocation.Query ? "/query" : location == ParameterLocation.Header ? "/header" : "/cookie";
            var defaultStyle = location == ParameterLocation.Query || location == ParameterLocation.Cookie ? "form" : "simple";
            var style = MockDocument.GetString(json, "style") ?? defaultStyle;
            var parameter = new MockParameter(name, location, Validation.ConstraintRules.Append(pointerPrefix, name))
            {
                Required = location == ParameterLocation.Path || MockDocument.GetBool(json, "required", false),
                Style = style,
                Explode = MockDocument.GetBool(json, "explode", style == "form"),
                Schema = MockDocument.Get(json, "schema"),
            };

            var content = MockDocument.Get(json, "content");
            if (parameter.Schema.ValueKind == JsonValueKind.Undefined && content.ValueKind == JsonValueKind.Object)
            {
                foreach (var media in content.EnumerateObject())
                {
                    parameter.Schema = MockDocument.Get(media.Value, "schema");
                    parameter.IsJsonContent = MockMediaTypes.IsJson(media.Name);
                    break;
                }
            }

            if (parameter.Schema.ValueKind != JsonValueKind.Undefined)
            {
                var schema = document.Resolve(parameter.Schema);
                parameter.Kind = document.KindOf(schema);
                parameter.ItemKind = document.KindOf(MockDocument.Get(schema, "items"));
                var properties = MockDocument.Get(schema, "properties");
                if (properties.ValueKind == JsonValueKind.Object)
                {
                    parameter.Properties = new Dictionary<string, ScalarKind>(StringComparer.Ordinal);
                    foreach (var property in properties.EnumerateObject())
                    {
                        parameter.Properties[property.Name] = document.KindOf(property.Value);
                    }
                }
            }

            return parameter;
        }

        private static MockRequestBody? LoadRequestBody(MockDocument document, JsonElement json)
        {
            json = document.Resolve(json);
            if (json.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new MockRequestBody
            {
                Required = MockDocument.GetBool(json, "required", false),
                Content = LoadContent(document, MockDocument.Get(json, "content")),
            };
        }

        private static MockMedia[] LoadContent(MockDocument document, JsonElement content)
        {
            if (content.ValueKind != JsonValueKind.Object)
            {
                return new MockMedia[0];
            }

            var media = new List<MockMedia>();
            foreach (var entry in content.EnumerateObject())
            {
                var item = new MockMedia(MockMediaTypes.Essence(entry.Name))
                {
                    Schema = MockDocument.Get(entry.Value, "schema"),
                    Example = MockDocument.Get(entry.Value, "example"),
                };
                var examples = MockDocument.Get(entry.Value, "examples");
                if (examples.ValueKind == JsonValueKind.Object)
                {
                    foreach (var example in examples.EnumerateObject())
                    {
                        var value = MockDocument.Get(document.Resolve(example.Value), "value");
                        if (value.ValueKind != JsonValueKind.Undefined)
                        {
                            item.NamedExamples.Add(new KeyValuePair<string, JsonElement>(example.Name, value));
                        }
                    }
                }

                media.Add(item);
            }

            return media.ToArray();
        }

        private static MockResponseSpec[] LoadResponses(MockDocument document, JsonElement responses)
        {
            var list = new List<MockResponseSpec>();
            if (responses.ValueKind != JsonValueKind.Object)
            {
                return list.ToArray();
            }

            foreach (var entry in responses.EnumerateObject())
            {
                var key = entry.Name;
                int status;
                bool isExplicit;
                if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out status))
                {
                    isExplicit = true;
                }
                else if (key.Length == 3 && (key[1] == 'X' || key[1] == 'x') && key[0] >= '1' && key[0] <= '5')
                {
                    status = (key[0] - '0') * 100;
                    isExplicit = false;
                }
                else if (key == "default")
                {
                    status = 500;
                    isExplicit = false;
                }
                else
                {
                    continue;
                }

                var json = document.Resolve(entry.Value);
                var response = new MockResponseSpec(key, status, isExplicit)
                {
                    Content = LoadContent(document, MockDocument.Get(json, "content")),
                    Headers = LoadHeaders(document, MockDocument.Get(json, "headers")),
                };
                list.Add(response);
            }

            return list.ToArray();
        }

        private static MockHeaderSpec[] LoadHeaders(MockDocument document, JsonElement headers)
        {
            var list = new List<MockHeaderSpec>();
            if (headers.ValueKind != JsonValueKind.Object)
            {
                return list.ToArray();
            }

            foreach (var entry in headers.EnumerateObject())
            {
                if (string.Equals(entry.Name, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var json = document.Resolve(entry.Value);
                var example = MockDocument.Get(json, "example");
                var examples = MockDocument.Get(json, "examples");
                if (example.ValueKind == JsonValueKind.Undefined && examples.ValueKind == JsonValueKind.Object)
                {
                    foreach (var named in examples.EnumerateObject())
                    {
                        example = MockDocument.Get(document.Resolve(named.Value), "value");
                        break;
                    }
                }

                list.Add(new MockHeaderSpec(entry.Name) { Schema = MockDocument.Get(json, "schema"), Example = example });
            }

            return list.ToArray();
        }

        private static Dictionary<string, MockSecurityScheme> LoadSecuritySchemes(MockDocument document)
        {
            var schemes = new Dictionary<string, MockSecurityScheme>(StringComparer.Ordinal);
            var json = MockDocument.Get(MockDocument.Get(document.Root, "components"), "securitySchemes");
            if (json.ValueKind != JsonValueKind.Object)
            {
                return schemes;
            }

            foreach (var entry in json.EnumerateObject())
            {
                var scheme = document.Resolve(entry.Value);
                var type = MockDocument.GetString(scheme, "type");
                var kind = SecurityKind.Unchecked;
                string? keyName = null;
                if (type == "http")
                {
                    var httpScheme = (MockDocument.GetString(scheme, "scheme") ?? string.Empty).ToLowerInvariant();
                    kind = httpScheme == "bearer" ? SecurityKind.Bearer : httpScheme == "basic" ? SecurityKind.Basic : SecurityKind.HttpOther;
                    keyName = httpScheme;
                }
                else if (type == "oauth2" || type == "openIdConnect")
                {
                    kind = SecurityKind.Bearer;
                }
                else if (type == "apiKey")
                {
                    keyName = MockDocument.GetString(scheme, "name");
                    var location = MockDocument.GetString(scheme, "in");
                    kind = keyName == null ? SecurityKind.Unchecked
                        : location == "query" ? SecurityKind.ApiKeyQuery
                        : location == "cookie" ? SecurityKind.ApiKeyCookie
                        : SecurityKind.ApiKeyHeader;
                }

                schemes[entry.Name] = new MockSecurityScheme(entry.Name, kind, keyName);
            }

            return schemes;
        }

        private static MockSecurityScheme[][] LoadSecurity(JsonElement requirements, Dictionary<string, MockSecurityScheme> schemes)
        {
            if (requirements.ValueKind != JsonValueKind.Array)
            {
                return new MockSecurityScheme[0][];
            }

            var alternatives = new List<MockSecurityScheme[]>();
            foreach (var requirement in requirements.EnumerateArray())
            {
                var all = new List<MockSecurityScheme>();
                if (requirement.ValueKind == JsonValueKind.Object)
                {
                    foreach (var entry in requirement.EnumerateObject())
                    {
                        all.Add(schemes.TryGetValue(entry.Name, out var scheme) ? scheme : new MockSecurityScheme(entry.Name, SecurityKind.Unchecked, null));
                    }
                }

                alternatives.Add(all.ToArray());
            }

            return alternatives.ToArray();
        }
    }
}
