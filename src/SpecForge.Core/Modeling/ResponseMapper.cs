using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using SpecForge.Core.Collections;
using SpecForge.Core.Reading;

namespace SpecForge.Core.Modeling;

/// <summary>Maps an operation's responses: the 2xx one the method returns and the others it throws as typed exceptions.</summary>
internal sealed class ResponseMapper
{
    private readonly SchemaTypeMapper _types;

    public ResponseMapper(SchemaTypeMapper types)
    {
        _types = types;
    }

    /// <summary>The success response and, for a JSON body, its schema (pagination looks inside it).</summary>
    public (ResponseModel? Response, IOpenApiSchema? Schema) MapSuccess(OpenApiResponses? responses, string pointer, string baseName)
    {
        var success = responses?
            .Where(r => r.Key.StartsWith("2", StringComparison.Ordinal))
            .OrderBy(r => r.Key.Length == 3 && char.IsDigit(r.Key[1]) ? 0 : 1)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (KeyValuePair<string, IOpenApiResponse>?)r)
            .FirstOrDefault();
        if (success is not { } chosen)
        {
            return (null, null);
        }

        return chosen.Key == "204"
            ? (Bodiless(chosen.Key, chosen.Value), null)
            : Map(chosen.Key, chosen.Value, JsonPointers.Append(pointer, chosen.Key), baseName + "Response");
    }

    /// <summary>Every documented response outside 2xx: exact codes first, then ranges (<c>4XX</c>), then <c>default</c>.</summary>
    public List<ResponseModel> MapErrors(OpenApiResponses? responses, string pointer, string baseName)
    {
        var errors = new List<ResponseModel>();
        foreach (var response in (responses ?? new OpenApiResponses())
            .Where(r => !r.Key.StartsWith("2", StringComparison.Ordinal))
            .OrderBy(r => Specificity(r.Key))
            .ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var status = response.Key.ToUpperInvariant() == "DEFAULT" ? "default" : response.Key.ToUpperInvariant();
            var hint = baseName + (status == "default" ? "DefaultError" : "Error" + status.Replace("X", "xx"));
            errors.Add(Map(status, response.Value, JsonPointers.Append(pointer, response.Key), hint).Response);
        }

        return errors;
    }

    private static int Specificity(string status) =>
        status.Equals("default", StringComparison.OrdinalIgnoreCase) ? 2 : status.IndexOf('X') >= 0 || status.IndexOf('x') >= 0 ? 1 : 0;

    private (ResponseModel Response, IOpenApiSchema? Schema) Map(string status, IOpenApiResponse response, string pointer, string nameHint)
    {
        var content = response.Content;
        if (content is null || content.Count == 0)
        {
            return (Bodiless(status, response), null);
        }

        var mediaType = MediaTypes.PreferredResponse(content.Keys)!;
        var kind = MediaTypes.KindOf(mediaType);

        // Swagger 2.0's global "produces" gives even a bodiless response a media type; with no schema and no
        // example nothing describes a body, so there is none to return.
        var media = content[mediaType];
        if (kind == BodyKind.Json && media.Schema is null && media.Example is null && (media.Examples?.Count ?? 0) == 0)
        {
            return (Bodiless(status, response), null);
        }

        var schemaPointer = JsonPointers.Append(pointer + "/content", mediaType) + "/schema";
        var type = kind switch
        {
            BodyKind.Json => _types.Map(media.Schema, schemaPointer, nameHint),
            BodyKind.JsonLines => ItemType(media.Schema, schemaPointer, nameHint),
            BodyKind.ServerSentEvents => media.Schema is { } eventSchema && !IsString(eventSchema) ? ItemType(eventSchema, schemaPointer, nameHint) : WellKnownTypes.String,
            BodyKind.Text => WellKnownTypes.String,

            // A download is streamed: the caller reads it as it arrives and disposes it, which releases the response.
            _ => WellKnownTypes.Stream,
        };
        return (new ResponseModel(status, mediaType, kind, type, response.Description)
        {
            Headers = HeadersOf(response),
            Constraints = kind == BodyKind.Json ? _types.Constraints.Read(media.Schema, schemaPointer, type) : null,
        }, kind == BodyKind.Json ? media.Schema : null);
    }

    // A stream of JSON values may be described by the value's schema or, loosely, by an array of them.
    private TypeRef ItemType(IOpenApiSchema? schema, string pointer, string nameHint) =>
        schema is not null && (schema.Type ?? 0).HasFlag(JsonSchemaType.Array) && schema.Items is { } items
            ? _types.Map(items, pointer + "/items", nameHint + "Item")
            : _types.Map(schema, pointer, nameHint + "Item");

    private static bool IsString(IOpenApiSchema schema) => schema.Type == JsonSchemaType.String;

    private static ResponseModel Bodiless(string status, IOpenApiResponse response) =>
        new(status, null, BodyKind.Binary, null, response.Description) { Headers = HeadersOf(response) };

    private static EquatableArray<string> HeadersOf(IOpenApiResponse response) =>
        (response.Headers?.Keys ?? Enumerable.Empty<string>()).ToEquatableArray();
}
