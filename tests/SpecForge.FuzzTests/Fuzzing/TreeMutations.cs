using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpecForge.FuzzTests.Fuzzing;

/// <summary>
/// Mutations of a spec's tree: wrong types, missing keys, broken and circular references, deep nesting, huge
/// strings and enums, hostile text, odd versions and keyword values. Each returns its name, or null when the tree
/// offers nothing to mutate that way.
/// </summary>
internal static class TreeMutations
{
    private static readonly string[] Keywords =
    {
        "type", "format", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "pattern", "enum", "const", "default", "nullable",
        "required", "readOnly", "writeOnly", "items", "prefixItems", "properties", "additionalProperties", "allOf", "oneOf", "anyOf",
        "not", "discriminator", "example", "examples", "deprecated", "title", "description", "x-enum-varnames", "$ref", "xml",
    };

    private static readonly string[] OperationKeys =
    {
        "operationId", "parameters", "requestBody", "responses", "tags", "security", "servers", "deprecated", "summary",
        "description", "callbacks", "consumes", "produces", "x-specforge-pagination",
    };

    private static readonly string[] ParameterKeys = { "name", "in", "required", "schema", "style", "explode", "type", "items", "collectionFormat", "content", "allowReserved" };

    private static readonly Func<JsonNode, Random, string?>[] All =
    {
        TypeSwap, RemoveKey, DanglingRef, CircularRef, CircularRef, DeepNesting, HugeString, HugeEnum, HostileValue, HostileKey,
        Version, KeywordValue, KeywordValue, OperationValue, ParameterValue, BooleanSchema, NullSchema, LongName, Discriminator,
        DuplicateSubtree, ReservedName,
    };

    // Names C# or SpecForge's own generated members already use: a property so named must not hide or clash with them.
    private static readonly string[] ReservedNames =
    {
        "GetType", "MemberwiseClone", "ReferenceEquals", "Equals", "GetHashCode", "ToString", "Finalize", "EqualityContract",
        "Validate", "Deconstruct", "PrintMembers", "<Clone>$", "JsonConverter", "Kind", "Value", "IsKnown", "KnownValues",
        "AdditionalProperties", "class", "namespace", "__arglist", "value", "_",
    };

    /// <summary>Applies one to four mutations; returns their names.</summary>
    public static string Apply(JsonNode root, Random random)
    {
        var names = new List<string>();
        var count = random.Next(4) == 0 ? random.Next(2, 5) : 1;
        for (var attempt = 0; attempt < 20 && names.Count < count; attempt++)
        {
            if (All.Pick(random)(root, random) is { } name)
            {
                names.Add(name);
            }
        }

        return string.Join("+", names);
    }

    public static JsonNode? RandomValue(Random random) => random.Next(16) switch
    {
        0 => JsonValue.Create("x"),
        1 => JsonValue.Create(99999999999L),
        2 => JsonValue.Create(-1),
        3 => JsonValue.Create(1e308),
        4 => JsonValue.Create(true),
        5 => null,
        6 => new JsonArray(),
        7 => new JsonObject(),
        8 => JsonValue.Create(string.Empty),
        9 => JsonValue.Create(1.5),
        10 => JsonValue.Create(decimal.MaxValue),
        11 => JsonValue.Create(HostileText.Next(random)),
        12 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null, new JsonObject()),
        13 => new JsonObject { ["$ref"] = "#/components/schemas/Missing" },
        14 => JsonValue.Create(-0.0),
        _ => JsonValue.Create(long.MinValue),
    };

    private static string? TypeSwap(JsonNode root, Random random)
    {
        var nodes = TreeNodes.All(root).Where(n => n is not null).ToList();
        return nodes.Count > 0 && TreeNodes.Replace(nodes.Pick(random)!, RandomValue(random)) ? "type-swap" : null;
    }

    private static string? RemoveKey(JsonNode root, Random random)
    {
        var objects = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.Count > 0).Prepend(root as JsonObject).OfType<JsonObject>().ToList();
        if (objects.Count == 0)
        {
            return null;
        }

        var target = objects.Pick(random);
        target.Remove(target.ElementAt(random.Next(target.Count)).Key);
        return "remove-key";
    }

    private static string? DanglingRef(JsonNode root, Random random)
    {
        var schemas = TreeNodes.Schemas(root);
        if (schemas.Count == 0)
        {
            return null;
        }

        var targets = new[]
        {
            "#/components/schemas/DoesNotExist", "Pet", "other.yaml#/Pet", "https://example.com/spec.json#/Pet", "#/paths", "#",
            "#/components/schemas/" + HostileText.Next(random), "#/definitions/Nope", string.Empty, "#/components/schemas/",
            "#/components/schemas/a~2b", "#/components/schemas/%ZZ", "../../../etc/passwd", "file:///etc/passwd", "#/info/title",
        };
        return TreeNodes.Replace(schemas.Pick(random), new JsonObject { ["$ref"] = targets.Pick(random) }) ? "dangling-ref" : null;
    }

    private static string? CircularRef(JsonNode root, Random random)
    {
        var (schemas, prefix) = TreeNodes.Components(root);
        if (schemas is null || schemas.Count == 0)
        {
            return null;
        }

        var names = schemas.Select(p => p.Key).ToList();
        var a = names.Pick(random);
        var b = names.Pick(random);
        switch (random.Next(6))
        {
            case 0:
                schemas[a] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = prefix + a }) };
                return "self-allOf";
            case 1:
                schemas[a] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = prefix + b }) };
                schemas[b] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = prefix + a }) };
                return "mutual-allOf";
            case 2:
                schemas[a] = new JsonObject { ["$ref"] = prefix + a };
                return "self-ref";
            case 3:
                schemas[a] = new JsonObject { ["$ref"] = prefix + b };
                schemas[b] = new JsonObject { ["$ref"] = prefix + a };
                return "mutual-ref";
            case 4:
                var key = new[] { "oneOf", "anyOf", "not", "items", "additionalProperties" }.Pick(random);
                schemas[a] = key is "oneOf" or "anyOf"
                    ? new JsonObject { [key] = new JsonArray(new JsonObject { ["$ref"] = prefix + a }, new JsonObject { ["$ref"] = prefix + b }) }
                    : new JsonObject { [key] = new JsonObject { ["$ref"] = prefix + a } };
                return "self-" + key;
            default:
                schemas[a] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("next"),
                    ["properties"] = new JsonObject { ["next"] = new JsonObject { ["$ref"] = prefix + a } },
                };
                return "required-self";
        }
    }

    private static string? DeepNesting(JsonNode root, Random random)
    {
        var depth = random.Next(3) == 0 ? random.Next(1000, 5000) : random.Next(30, 400);
        JsonNode? nested = new JsonObject { ["type"] = "string" };
        var kind = random.Next(4);
        for (var i = 0; i < depth; i++)
        {
            nested = kind switch
            {
                0 => new JsonObject { ["type"] = "array", ["items"] = nested },
                1 => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = nested } },
                2 => new JsonArray(nested),
                _ => new JsonObject { ["allOf"] = new JsonArray(nested) },
            };
        }

        var schemas = TreeNodes.Schemas(root);
        return schemas.Count > 0 && TreeNodes.Replace(schemas.Pick(random), nested) ? $"deep-{depth}" : null;
    }

    private static string? HugeString(JsonNode root, Random random)
    {
        var strings = TreeNodes.All(root).OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
        if (strings.Count == 0)
        {
            return null;
        }

        var length = random.Next(3) == 0 ? random.Next(1_000_000, 4_000_000) : random.Next(1_000, 100_000);
        return TreeNodes.Replace(strings.Pick(random), new string((char)('a' + random.Next(26)), length)) ? $"huge-string-{length}" : null;
    }

    private static string? HugeEnum(JsonNode root, Random random)
    {
        var schemas = TreeNodes.Schemas(root);
        if (schemas.Count == 0)
        {
            return null;
        }

        var count = random.Next(3) == 0 ? random.Next(10_000, 60_000) : random.Next(100, 3_000);
        var numeric = random.Next(2) == 0;
        var values = new JsonArray(Enumerable.Range(0, count).Select(i => numeric ? JsonValue.Create(i) : (JsonNode)JsonValue.Create("v" + i)).ToArray());
        var target = schemas.Pick(random);
        target["enum"] = values;
        return $"huge-enum-{count}";
    }

    private static string? HostileValue(JsonNode root, Random random)
    {
        var strings = TreeNodes.All(root).OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
        return strings.Count > 0 && TreeNodes.Replace(strings.Pick(random), HostileText.Next(random)) ? "hostile-value" : null;
    }

    private static string? HostileKey(JsonNode root, Random random)
    {
        var objects = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return null;
        }

        var target = objects.Pick(random);
        var key = target.ElementAt(random.Next(target.Count)).Key;
        var value = target[key];
        target.Remove(key);
        var hostile = random.Next(2) == 0 ? key + HostileText.Next(random) : HostileText.Next(random);
        target[hostile] = value;
        return "hostile-key";
    }

    private static string? Version(JsonNode root, Random random)
    {
        if (root is not JsonObject obj)
        {
            return null;
        }

        var key = obj.ContainsKey("swagger") ? "swagger" : "openapi";
        var values = new JsonNode?[] { "2.0.0", "3", "3.9.9", "4.0.0", "3.1", "3.0", "2.0", JsonValue.Create(3.1), JsonValue.Create(2), "", null, new JsonObject(), "3.1.0-rc0", "3.0.0\n", "1.2" };
        obj[random.Next(4) == 0 ? (key == "swagger" ? "openapi" : "swagger") : key] = values.Pick(random)?.DeepClone();
        return "version";
    }

    private static string? KeywordValue(JsonNode root, Random random)
    {
        var schemas = TreeNodes.Schemas(root);
        if (schemas.Count == 0)
        {
            return null;
        }

        var keyword = Keywords.Pick(random);
        schemas.Pick(random)[keyword] = RandomValue(random);
        return "keyword-" + keyword;
    }

    private static string? OperationValue(JsonNode root, Random random)
    {
        var operations = ((root as JsonObject)?["paths"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>()
            .SelectMany(path => path.Where(p => p.Value is JsonObject).Select(p => (JsonObject)p.Value!)).ToList();
        if (operations is null || operations.Count == 0)
        {
            return null;
        }

        var key = OperationKeys.Pick(random);
        operations.Pick(random)[key] = RandomValue(random);
        return "operation-" + key;
    }

    private static string? ParameterValue(JsonNode root, Random random)
    {
        var parameters = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.ContainsKey("in") && o.ContainsKey("name")).ToList();
        if (parameters.Count == 0)
        {
            return null;
        }

        var key = ParameterKeys.Pick(random);
        var values = new JsonNode?[] { "yes", "formData", "body", "cookie", "path", "deepObject", "matrix", null, JsonValue.Create(1), new JsonObject() };
        parameters.Pick(random)[key] = random.Next(2) == 0 ? values.Pick(random)?.DeepClone() : RandomValue(random);
        return "parameter-" + key;
    }

    private static string? BooleanSchema(JsonNode root, Random random)
    {
        var schemas = TreeNodes.Schemas(root);
        return schemas.Count > 0 && TreeNodes.Replace(schemas.Pick(random), JsonValue.Create(random.Next(2) == 0)) ? "boolean-schema" : null;
    }

    private static string? NullSchema(JsonNode root, Random random)
    {
        var media = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.ContainsKey("schema") || o.ContainsKey("content")).ToList();
        if (media.Count == 0)
        {
            return null;
        }

        var target = media.Pick(random);
        target[target.ContainsKey("schema") ? "schema" : "content"] = random.Next(2) == 0 ? null : new JsonObject { ["application/json"] = null };
        return "null-schema";
    }

    private static string? LongName(JsonNode root, Random random)
    {
        var length = random.Next(2) == 0 ? random.Next(250, 400) : random.Next(1_000, 3_000);
        var name = string.Concat(Enumerable.Repeat("abcdefghij", length / 10 + 1)).Substring(0, length);
        switch (random.Next(4))
        {
            case 0:
                var operations = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.ContainsKey("responses")).ToList();
                if (operations.Count == 0)
                {
                    return null;
                }

                operations.Pick(random)["operationId"] = name;
                return $"long-operationId-{length}";
            case 1:
                var (schemas, _) = TreeNodes.Components(root);
                if (schemas is null || schemas.Count == 0)
                {
                    return null;
                }

                schemas[name] = schemas.First().Value?.DeepClone();
                return $"long-schema-name-{length}";
            case 2:
                var objects = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.Parent is JsonObject p && ReferenceEquals(p["properties"], o)).ToList();
                if (objects.Count == 0)
                {
                    return null;
                }

                objects.Pick(random)[name] = new JsonObject { ["type"] = "string" };
                return $"long-property-{length}";
            default:
                if ((root as JsonObject)?["paths"] is not JsonObject paths || paths.Count == 0)
                {
                    return null;
                }

                paths["/" + name] = paths.First().Value?.DeepClone();
                return $"long-path-{length}";
        }
    }

    private static string? Discriminator(JsonNode root, Random random)
    {
        var schemas = TreeNodes.Schemas(root);
        if (schemas.Count == 0)
        {
            return null;
        }

        var target = schemas.Pick(random);
        switch (random.Next(4))
        {
            case 0:
                target["discriminator"] = new JsonObject { ["propertyName"] = "kind", ["mapping"] = new JsonObject() };
                break;
            case 1:
                target.Clear();
                target["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" });
                target["discriminator"] = new JsonObject { ["propertyName"] = "kind" };
                break;
            case 2:
                target["discriminator"] = new JsonObject { ["propertyName"] = "kind", ["mapping"] = new JsonObject { ["a"] = "#/components/schemas/Missing", ["b"] = "NotARef" } };
                break;
            default:
                target["discriminator"] = random.Next(2) == 0 ? JsonValue.Create("kind") : RandomValue(random);
                break;
        }

        return "discriminator";
    }

    private static string? DuplicateSubtree(JsonNode root, Random random)
    {
        var objects = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count < 2)
        {
            return null;
        }

        var source = objects.Pick(random);
        var target = objects.Pick(random);
        if (source.AncestorsAndSelf().Contains(target) || target.AncestorsAndSelf().Contains(source))
        {
            return null;
        }

        return TreeNodes.Replace(target, source.DeepClone()) ? "moved-subtree" : null;
    }

    private static string? ReservedName(JsonNode root, Random random)
    {
        var name = ReservedNames.Pick(random);
        switch (random.Next(3))
        {
            case 0:
                var propertyMaps = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.Parent is JsonObject p && ReferenceEquals(p["properties"], o)).ToList();
                if (propertyMaps.Count == 0)
                {
                    return null;
                }

                propertyMaps.Pick(random)[name] = new JsonObject { ["type"] = random.Next(2) == 0 ? "string" : "integer" };
                return "reserved-property-" + name;
            case 1:
                var (schemas, _) = TreeNodes.Components(root);
                if (schemas is null || schemas.Count == 0)
                {
                    return null;
                }

                schemas[name] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [name] = new JsonObject { ["type"] = "string" } } };
                return "reserved-schema-" + name;
            default:
                var operations = TreeNodes.All(root).OfType<JsonObject>().Where(o => o.ContainsKey("responses")).ToList();
                if (operations.Count == 0)
                {
                    return null;
                }

                operations.Pick(random)["operationId"] = name;
                return "reserved-operationId-" + name;
        }
    }

    private static IEnumerable<JsonNode> AncestorsAndSelf(this JsonNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }
}
