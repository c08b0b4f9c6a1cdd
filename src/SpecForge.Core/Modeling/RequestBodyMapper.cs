using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>Maps an operation's request body: JSON, form, multipart, text or raw bytes, and the media types a caller may pick.</summary>
internal sealed class RequestBodyMapper
{
    private readonly SchemaTypeMapper _types;
    private readonly TypeRef _filePart;

    public RequestBodyMapper(SchemaTypeMapper types, string runtimeNamespace)
    {
        _types = types;
        _filePart = WellKnownTypes.FilePart(runtimeNamespace);
    }

    public RequestBodyModel? Map(IOpenApiRequestBody? body, string pointer, string baseName, NameScope names)
    {
        var content = body?.Content;
        if (body is null || content is null || content.Count == 0)
        {
            return null;
        }

        var mediaType = MediaTypes.PreferredRequest(content.Keys)!;
        var kind = MediaTypes.KindOf(mediaType);
        var media = content[mediaType];
        var schemaPointer = JsonPointers.Append(pointer + "/content", mediaType) + "/schema";
        if (kind == BodyKind.Multipart && Multipart(media, schemaPointer, baseName, names) is { Count: > 0 } parts)
        {
            return new RequestBodyModel(string.Empty, mediaType, kind, WellKnownTypes.HttpContent, body.Required, body.Description)
            {
                MediaTypes = new[] { mediaType }.ToEquatableArray(),
                Fields = parts.ToEquatableArray(),
            };
        }

        var type = kind switch
        {
            BodyKind.Json or BodyKind.Form => _types.Map(media.Schema, schemaPointer, baseName + "Request"),
            BodyKind.Text => WellKnownTypes.String,
            BodyKind.Binary => WellKnownTypes.Stream,

            // A multipart body without listed properties has no parts to type: the caller builds it.
            _ => WellKnownTypes.HttpContent,
        };
        if (kind == BodyKind.Form && type.Kind is not (TypeKind.Record or TypeKind.Map))
        {
            // A form is a set of name-value pairs; a schema that is not an object cannot say which.
            kind = BodyKind.Binary;
            type = WellKnownTypes.HttpContent;
        }

        var name = names.Allocate(type.Kind == TypeKind.HttpContent ? "content" : "body");
        return new RequestBodyModel(name, mediaType, kind, body.Required ? type : type.AsNullable(), body.Required, body.Description)
        {
            MediaTypes = Alternatives(content, mediaType, kind, type).ToEquatableArray(),
            Fields = kind == BodyKind.Form ? FormEncodings(media).ToEquatableArray() : EquatableArray<FormFieldModel>.Empty,
            Constraints = kind is BodyKind.Json or BodyKind.Form ? _types.Constraints.Read(media.Schema, schemaPointer, type) : null,
        };
    }

    // JSON and form encodings of one object schema carry the same value, so the caller may pick any of them.
    private static List<string> Alternatives(IDictionary<string, IOpenApiMediaType> content, string chosen, BodyKind kind, TypeRef type)
    {
        var result = new List<string> { chosen };
        if (kind is not (BodyKind.Json or BodyKind.Form))
        {
            return result;
        }

        var formable = type.Kind is TypeKind.Record or TypeKind.Map;
        foreach (var other in content.Keys)
        {
            var otherKind = MediaTypes.KindOf(other);
            if (other != chosen && other.IndexOf('*') < 0 && (otherKind == BodyKind.Json || (otherKind == BodyKind.Form && formable)))
            {
                result.Add(other);
            }
        }

        return result;
    }

    private static IEnumerable<FormFieldModel> FormEncodings(IOpenApiMediaType media)
    {
        foreach (var encoding in media.Encoding ?? new Dictionary<string, OpenApiEncoding>())
        {
            if (encoding.Value.Style == Microsoft.OpenApi.ParameterStyle.DeepObject)
            {
                yield return new FormFieldModel(string.Empty, encoding.Key, WellKnownTypes.JsonElement, false, null) { Style = ParameterStyle.DeepObject };
            }
        }
    }

    /// <summary>One parameter per property; files (<c>format: binary</c>, or an array of them) are FileParts.</summary>
    private List<FormFieldModel> Multipart(IOpenApiMediaType media, string schemaPointer, string baseName, NameScope names)
    {
        var fields = new List<FormFieldModel>();
        var schema = media.Schema;
        if (schema?.Properties is not { Count: > 0 } properties)
        {
            return fields;
        }

        var required = schema.Required ?? new HashSet<string>();
        foreach (var property in properties)
        {
            var propertyPointer = JsonPointers.Append(schemaPointer + "/properties", property.Key);
            var isRequired = required.Contains(property.Key);
            var type = IsFile(property.Value) ? _filePart
                : property.Value.Items is { } items && IsFile(items) ? WellKnownTypes.ListOf(_filePart)
                : _types.Map(property.Value, propertyPointer, baseName + Naming.ToPascalCase(property.Key));
            string? contentType = null;
            if (media.Encoding is { } encodings && encodings.TryGetValue(property.Key, out var encoding))
            {
                contentType = encoding.ContentType;
            }

            fields.Add(new FormFieldModel(names.Allocate(Naming.ToCamelCase(property.Key), propertyPointer), property.Key, isRequired ? type : type.AsNullable(), isRequired, SchemaTypeMapper.Describe(property.Value))
            {
                ContentType = contentType,
            });
        }

        return fields;
    }

    private static bool IsFile(IOpenApiSchema schema) =>
        (schema.Type ?? 0).HasFlag(JsonSchemaType.String) && schema.Format == "binary";
}
