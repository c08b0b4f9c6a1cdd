using System.Collections.Generic;
using static SpecForge.Core.Reading.Structure.Shape;

namespace SpecForge.Core.Reading.Structure;

/// <summary>The OpenAPI versions whose shapes differ.</summary>
internal enum SpecGeneration
{
    /// <summary>Swagger 2.0.</summary>
    Swagger2,

    /// <summary>OpenAPI 3.0.x.</summary>
    OpenApi30,

    /// <summary>OpenAPI 3.1.x.</summary>
    OpenApi31,
}

/// <summary>
/// The fixed fields of every OpenAPI object and the kind of value each must hold, per version, from the
/// specifications (swagger.io/specification/v2, spec.openapis.org/oas/v3.0.3 and v3.1.0). Fields not listed
/// are left to Microsoft.OpenApi, which reports them without failing; listed ones are those whose wrong kind it
/// cannot survive or SpecForge reads.
/// </summary>
internal sealed class OpenApiGrammar
{
    private static readonly Shape Callback = NamedMapOf("Callback", Object("PathItem"));

    private readonly Dictionary<string, Dictionary<string, Shape>> _objects;

    private OpenApiGrammar(SpecGeneration generation, Dictionary<string, Dictionary<string, Shape>> objects)
    {
        Generation = generation;
        _objects = objects;
    }

    public static OpenApiGrammar Swagger2 { get; } = new(SpecGeneration.Swagger2, BuildSwagger2());

    public static OpenApiGrammar OpenApi30 { get; } = new(SpecGeneration.OpenApi30, BuildOpenApi3(SpecGeneration.OpenApi30));

    public static OpenApiGrammar OpenApi31 { get; } = new(SpecGeneration.OpenApi31, BuildOpenApi3(SpecGeneration.OpenApi31));

    public SpecGeneration Generation { get; }

    private static readonly Dictionary<string, Shape> NoFields = new();

    /// <summary>The fields of object kind <paramref name="name"/> (none for a kind that is a map, like Callback).</summary>
    public IReadOnlyDictionary<string, Shape> Fields(string name) => _objects.TryGetValue(name, out var fields) ? fields : NoFields;

    public static OpenApiGrammar For(SpecGeneration generation) => generation switch
    {
        SpecGeneration.Swagger2 => Swagger2,
        SpecGeneration.OpenApi30 => OpenApi30,
        _ => OpenApi31,
    };

    private static Dictionary<string, Dictionary<string, Shape>> BuildOpenApi3(SpecGeneration generation)
    {
        var objects = Common();
        objects["Document"] = new()
        {
            ["openapi"] = String, ["info"] = Object("Info"), ["jsonSchemaDialect"] = String, ["servers"] = ListOf(Object("Server")),
            ["paths"] = ExtensibleMapOf(Object("PathItem")), ["webhooks"] = MapOf(Object("PathItem")), ["components"] = Object("Components"),
            ["security"] = ListOf(MapOf(Strings)), ["tags"] = ListOf(Object("Tag")), ["externalDocs"] = Object("ExternalDocs"),
        };
        objects["Server"] = new() { ["url"] = String, ["description"] = String, ["variables"] = MapOf(Object("ServerVariable")) };
        objects["ServerVariable"] = new() { ["enum"] = Strings, ["default"] = String, ["description"] = String };
        objects["Components"] = new()
        {
            ["schemas"] = MapOf(Schema), ["responses"] = MapOf(Object("Response")), ["parameters"] = MapOf(Object("Parameter")),
            ["examples"] = MapOf(Object("Example")), ["requestBodies"] = MapOf(Object("RequestBody")), ["headers"] = MapOf(Object("Header")),
            ["securitySchemes"] = MapOf(Object("SecurityScheme")), ["links"] = MapOf(Object("Link")), ["callbacks"] = MapOf(Callback),
            ["pathItems"] = MapOf(Object("PathItem")),
        };
        objects["PathItem"] = PathItem(new() { ["summary"] = String, ["description"] = String, ["servers"] = ListOf(Object("Server")) });
        objects["Operation"] = new()
        {
            ["tags"] = Strings, ["summary"] = String, ["description"] = String, ["externalDocs"] = Object("ExternalDocs"), ["operationId"] = String,
            ["parameters"] = ListOf(Object("Parameter")), ["requestBody"] = Object("RequestBody"), ["responses"] = ExtensibleMapOf(Object("Response")),
            ["callbacks"] = MapOf(Callback), ["deprecated"] = Boolean, ["security"] = ListOf(MapOf(Strings)), ["servers"] = ListOf(Object("Server")),
        };
        objects["Parameter"] = Header3(new() { ["name"] = String, ["in"] = String });
        objects["Header"] = Header3(new());
        objects["RequestBody"] = new() { ["description"] = String, ["content"] = MapOf(Object("MediaType")), ["required"] = Boolean };
        objects["MediaType"] = new() { ["schema"] = Schema, ["example"] = Any, ["examples"] = MapOf(Object("Example")), ["encoding"] = MapOf(Object("Encoding")) };
        objects["Encoding"] = new() { ["contentType"] = String, ["headers"] = MapOf(Object("Header")), ["style"] = String, ["explode"] = Boolean, ["allowReserved"] = Boolean };
        objects["Response"] = new() { ["description"] = String, ["headers"] = MapOf(Object("Header")), ["content"] = MapOf(Object("MediaType")), ["links"] = MapOf(Object("Link")) };
        objects["Example"] = new() { ["summary"] = String, ["description"] = String, ["value"] = Any, ["externalValue"] = String };
        objects["Link"] = new() { ["operationRef"] = String, ["operationId"] = String, ["parameters"] = Any, ["requestBody"] = Any, ["description"] = String, ["server"] = Object("Server") };
        objects["Discriminator"] = new() { ["propertyName"] = String, ["mapping"] = MapOf(String) };
        objects["SecurityScheme"] = new()
        {
            ["type"] = String, ["description"] = String, ["name"] = String, ["in"] = String, ["scheme"] = String, ["bearerFormat"] = String,
            ["flows"] = Object("OAuthFlows"), ["openIdConnectUrl"] = String,
        };
        objects["OAuthFlows"] = new() { ["implicit"] = Object("OAuthFlow"), ["password"] = Object("OAuthFlow"), ["clientCredentials"] = Object("OAuthFlow"), ["authorizationCode"] = Object("OAuthFlow") };
        objects["OAuthFlow"] = new() { ["authorizationUrl"] = String, ["tokenUrl"] = String, ["refreshUrl"] = String, ["scopes"] = MapOf(String) };
        objects["Schema"] = Schema3(generation);
        return objects;
    }

    private static Dictionary<string, Dictionary<string, Shape>> BuildSwagger2()
    {
        var objects = Common();
        objects["Document"] = new()
        {
            ["swagger"] = String, ["info"] = Object("Info"), ["host"] = String, ["basePath"] = String, ["schemes"] = Strings, ["consumes"] = Strings,
            ["produces"] = Strings, ["paths"] = ExtensibleMapOf(Object("PathItem")), ["definitions"] = MapOf(Schema),
            ["parameters"] = MapOf(Object("Parameter")), ["responses"] = MapOf(Object("Response")), ["securityDefinitions"] = MapOf(Object("SecurityScheme")),
            ["security"] = ListOf(MapOf(Strings)), ["tags"] = ListOf(Object("Tag")), ["externalDocs"] = Object("ExternalDocs"),
        };
        objects["PathItem"] = PathItem(new());
        objects["Operation"] = new()
        {
            ["tags"] = Strings, ["summary"] = String, ["description"] = String, ["externalDocs"] = Object("ExternalDocs"), ["operationId"] = String,
            ["consumes"] = Strings, ["produces"] = Strings, ["parameters"] = ListOf(Object("Parameter")), ["responses"] = ExtensibleMapOf(Object("Response")),
            ["schemes"] = Strings, ["deprecated"] = Boolean, ["security"] = ListOf(MapOf(Strings)),
        };
        objects["Parameter"] = Items2(new() { ["name"] = String, ["in"] = String, ["description"] = String, ["required"] = Boolean, ["schema"] = Schema, ["allowEmptyValue"] = Boolean });
        objects["Items"] = Items2(new());
        objects["Header"] = Items2(new() { ["description"] = String });
        objects["Response"] = new() { ["description"] = String, ["schema"] = Schema, ["headers"] = MapOf(Object("Header")), ["examples"] = Any };
        objects["SecurityScheme"] = new()
        {
            ["type"] = String, ["description"] = String, ["name"] = String, ["in"] = String, ["flow"] = String, ["authorizationUrl"] = String,
            ["tokenUrl"] = String, ["scopes"] = MapOf(String),
        };
        objects["Schema"] = Schema2();
        return objects;
    }

    private static Dictionary<string, Dictionary<string, Shape>> Common() => new()
    {
        ["Info"] = new()
        {
            ["title"] = String, ["summary"] = String, ["description"] = String, ["termsOfService"] = String, ["contact"] = Object("Contact"),
            ["license"] = Object("License"), ["version"] = String,
        },
        ["Contact"] = new() { ["name"] = String, ["url"] = String, ["email"] = String },
        ["License"] = new() { ["name"] = String, ["identifier"] = String, ["url"] = String },
        ["ExternalDocs"] = new() { ["description"] = String, ["url"] = String },
        ["Tag"] = new() { ["name"] = String, ["description"] = String, ["externalDocs"] = Object("ExternalDocs") },
        ["XML"] = new() { ["name"] = String, ["namespace"] = String, ["prefix"] = String, ["attribute"] = Boolean, ["wrapped"] = Boolean },
    };

    private static Dictionary<string, Shape> PathItem(Dictionary<string, Shape> fields)
    {
        foreach (var method in new[] { "get", "put", "post", "delete", "options", "head", "patch", "trace" })
        {
            fields[method] = Object("Operation");
        }

        fields["parameters"] = ListOf(Object("Parameter"));
        return fields;
    }

    private static Dictionary<string, Shape> Header3(Dictionary<string, Shape> fields)
    {
        fields["description"] = String;
        fields["required"] = Boolean;
        fields["deprecated"] = Boolean;
        fields["allowEmptyValue"] = Boolean;
        fields["style"] = String;
        fields["explode"] = Boolean;
        fields["allowReserved"] = Boolean;
        fields["schema"] = Schema;
        fields["example"] = Any;
        fields["examples"] = MapOf(Object("Example"));
        fields["content"] = MapOf(Object("MediaType"));
        return fields;
    }

    // Swagger 2.0's non-body parameters, headers and items carry the validation keywords themselves.
    private static Dictionary<string, Shape> Items2(Dictionary<string, Shape> fields)
    {
        fields["type"] = String;
        fields["format"] = String;
        fields["items"] = Object("Items");
        fields["collectionFormat"] = String;
        fields["default"] = Any;
        fields["enum"] = ListOf(Any);
        AddValidation(fields, exclusiveBoundIsNumber: false);

        // Microsoft.OpenApi reads these with its schema reader, so every schema keyword is read as strictly here too.
        foreach (var keyword in Schema2())
        {
            if (!fields.ContainsKey(keyword.Key))
            {
                fields[keyword.Key] = keyword.Value;
            }
        }

        return fields;
    }

    private static void AddValidation(Dictionary<string, Shape> fields, bool exclusiveBoundIsNumber)
    {
        fields["maximum"] = Number;
        fields["minimum"] = Number;
        // 3.1 made them numbers; Microsoft.OpenApi's 3.1 reader still takes the 3.0 booleans, which real specs write.
        fields["exclusiveMaximum"] = exclusiveBoundIsNumber ? BooleanOrNumber : Boolean;
        fields["exclusiveMinimum"] = exclusiveBoundIsNumber ? BooleanOrNumber : Boolean;
        fields["multipleOf"] = Number;
        fields["maxLength"] = Count;
        fields["minLength"] = Count;
        fields["pattern"] = String;
        fields["maxItems"] = Count;
        fields["minItems"] = Count;
        fields["uniqueItems"] = Boolean;
    }

    private static Dictionary<string, Shape> SchemaCommon(Dictionary<string, Shape> fields, bool exclusiveBoundIsNumber)
    {
        fields["title"] = String;
        fields["description"] = String;
        fields["format"] = String;
        fields["default"] = Any;
        fields["enum"] = ListOf(Any);
        fields["maxProperties"] = Count;
        fields["minProperties"] = Count;
        fields["required"] = Strings;
        fields["items"] = Schema;
        fields["allOf"] = Schemas;
        fields["properties"] = MapOf(Schema);
        fields["additionalProperties"] = SchemaOrBoolean;
        fields["readOnly"] = Boolean;
        fields["xml"] = Object("XML");
        fields["externalDocs"] = Object("ExternalDocs");
        fields["example"] = Any;
        AddValidation(fields, exclusiveBoundIsNumber);
        return fields;
    }

    private static Dictionary<string, Shape> Schema2() =>
        SchemaCommon(new() { ["type"] = String, ["discriminator"] = String }, exclusiveBoundIsNumber: false);

    private static Dictionary<string, Shape> Schema3(SpecGeneration generation)
    {
        var is31 = generation == SpecGeneration.OpenApi31;
        var fields = SchemaCommon(new(), exclusiveBoundIsNumber: is31);
        fields["type"] = is31 ? TypeNames : String;
        fields["oneOf"] = Schemas;
        fields["anyOf"] = Schemas;
        fields["not"] = Schema;
        fields["nullable"] = Boolean;
        fields["discriminator"] = Object("Discriminator");
        fields["writeOnly"] = Boolean;
        fields["deprecated"] = Boolean;
        if (is31)
        {
            fields["examples"] = ListOf(Any);
            fields["const"] = Any;
            fields["prefixItems"] = Schemas;
            fields["$defs"] = MapOf(Schema);
            fields["patternProperties"] = MapOf(Schema);
            fields["dependentSchemas"] = MapOf(Schema);
            fields["dependentRequired"] = MapOf(Strings);
            fields["if"] = Schema;
            fields["then"] = Schema;
            fields["else"] = Schema;
            fields["contains"] = Schema;
            fields["propertyNames"] = Schema;
            fields["minContains"] = Count;
            fields["maxContains"] = Count;
            fields["unevaluatedItems"] = SchemaOrBoolean;
            fields["unevaluatedProperties"] = SchemaOrBoolean;
            fields["$id"] = String;
            fields["$schema"] = String;
            fields["$anchor"] = String;
            fields["$comment"] = String;
            fields["contentEncoding"] = String;
            fields["contentMediaType"] = String;
        }

        return fields;
    }
}
