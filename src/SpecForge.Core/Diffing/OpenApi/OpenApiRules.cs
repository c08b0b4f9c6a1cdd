using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Diffing.OpenApi;

/// <summary>
/// The OpenAPI rules. A level is the worse of the change's effect on a caller of the API and on code written against the
/// SDK SpecForge generates: its readers are strict (a missing required member, or null for a non-nullable one, throws),
/// its enums are open (unknown values survive), and its method, parameter and type names come from the spec.
/// </summary>
public static class OpenApiRules
{
    /// <summary>A path and all its operations disappeared.</summary>
    public static readonly DiffRule EndpointRemoved = Breaking("endpoint-removed", "Endpoints", "An operation's path is gone: calls fail with 404 and the generated method disappears.");

    /// <summary>An operation disappeared while its path stayed.</summary>
    public static readonly DiffRule MethodRemoved = Breaking("method-removed", "Endpoints", "One method of a path that still exists is gone: calls fail with 405 and the generated method disappears.");

    /// <summary>A new operation.</summary>
    public static readonly DiffRule EndpointAdded = Info("endpoint-added", "Endpoints", "A new operation; nothing that works today changes.");

    /// <summary>An operation became deprecated.</summary>
    public static readonly DiffRule EndpointDeprecated = Warning("endpoint-deprecated", "Endpoints", "An operation became deprecated: it still works, but the generated method gets [Obsolete], which fails builds that treat warnings as errors.");

    /// <summary>The operationId changed so that the generated method's name changes.</summary>
    public static readonly DiffRule OperationIdChanged = Breaking("operation-id-changed", "Endpoints", "The operationId changed and with it the generated C# method name, so code calling the old name no longer compiles (the wire call is unchanged).");

    /// <summary>A new required parameter.</summary>
    public static readonly DiffRule ParameterAddedRequired = Breaking("request-parameter-added-required", "Parameters", "A new required parameter: requests without it are rejected and the generated method gains an argument.");

    /// <summary>A new optional parameter.</summary>
    public static readonly DiffRule ParameterAddedOptional = Info("request-parameter-added-optional", "Parameters", "A new optional parameter; the generated method gains an optional argument.");

    /// <summary>A parameter disappeared.</summary>
    public static readonly DiffRule ParameterRemoved = Breaking("request-parameter-removed", "Parameters", "A parameter is gone: the generated method loses the argument, so callers passing it no longer compile.");

    /// <summary>A parameter moved, e.g. from query to header.</summary>
    public static readonly DiffRule ParameterLocationChanged = Breaking("request-parameter-location-changed", "Parameters", "A parameter moved (say from query to header): clients built from the old spec send it where the server no longer reads it.");

    /// <summary>A parameter's type changed.</summary>
    public static readonly DiffRule ParameterTypeChanged = Breaking("request-parameter-type-changed", "Parameters", "A parameter's type or format changed: old values may be rejected and the generated argument's C# type changes.");

    /// <summary>An optional parameter became required.</summary>
    public static readonly DiffRule ParameterBecameRequired = Breaking("request-parameter-became-required", "Parameters", "An optional parameter became required: requests that omit it are rejected.");

    /// <summary>A parameter lost enum values.</summary>
    public static readonly DiffRule ParameterEnumNarrowed = Breaking("request-parameter-enum-narrowed", "Parameters", "A parameter accepts fewer enum values: requests with a removed value are rejected and its generated enum member disappears.");

    /// <summary>A parameter gained enum values.</summary>
    public static readonly DiffRule ParameterEnumWidened = Info("request-parameter-enum-widened", "Parameters", "A parameter accepts more enum values; requests that work today still do.");

    /// <summary>A parameter's constraints got stricter.</summary>
    public static readonly DiffRule ParameterConstraintTightened = Breaking("request-parameter-constraint-tightened", "Parameters", "A parameter's minimum, maximum (or exclusive forms), length, item count, pattern or multipleOf got stricter: values accepted today may be rejected, by the server and by the generated client's own validation.");

    /// <summary>A parameter's constraints got looser.</summary>
    public static readonly DiffRule ParameterConstraintRelaxed = Info("request-parameter-constraint-relaxed", "Parameters", "A parameter's constraints got looser; every value accepted today still is.");

    /// <summary>The request body became required.</summary>
    public static readonly DiffRule RequestBodyBecameRequired = Breaking("request-body-became-required", "Request bodies", "The request body became required (or a required one appeared): requests without a body are rejected.");

    /// <summary>A new required request property.</summary>
    public static readonly DiffRule RequestPropertyAddedRequired = Breaking("request-property-added-required", "Request bodies", "A new required property in a request body: requests without it are rejected.");

    /// <summary>An optional request property became required.</summary>
    public static readonly DiffRule RequestPropertyBecameRequired = Breaking("request-property-became-required", "Request bodies", "An optional request property became required: requests that omit it are rejected.");

    /// <summary>A request property disappeared.</summary>
    public static readonly DiffRule RequestPropertyRemoved = Breaking("request-property-removed", "Request bodies", "A request property is gone: the server may reject or ignore it, and code setting it on the generated type no longer compiles.");

    /// <summary>A request property's type changed.</summary>
    public static readonly DiffRule RequestPropertyTypeChanged = Breaking("request-property-type-changed", "Request bodies", "A request property's (or the body's) type or format changed: old values are rejected and the generated member's type changes.");

    /// <summary>A request property lost enum values.</summary>
    public static readonly DiffRule RequestPropertyEnumNarrowed = Breaking("request-property-enum-narrowed", "Request bodies", "A request property accepts fewer enum values: requests sending a removed value are rejected.");

    /// <summary>A request property's constraints got stricter.</summary>
    public static readonly DiffRule RequestPropertyConstraintTightened = Breaking("request-property-constraint-tightened", "Request bodies", "A request property's bounds, length, item count, pattern or multipleOf got stricter: values accepted today may be rejected.");

    /// <summary>A request media type disappeared.</summary>
    public static readonly DiffRule RequestMediaTypeRemoved = Breaking("request-media-type-removed", "Request bodies", "The request body no longer accepts a media type: requests sent as that type are rejected.");

    /// <summary>A success status disappeared.</summary>
    public static readonly DiffRule ResponseSuccessStatusRemoved = Breaking("response-success-status-removed", "Responses", "A 2xx response is gone: the generated method's result is built from the success responses, so its return type or handling changes.");

    /// <summary>A non-success status disappeared.</summary>
    public static readonly DiffRule ResponseNonSuccessStatusRemoved = Warning("response-non-success-status-removed", "Responses", "An error (or default) response is gone: calls still work, but error handling written for it is no longer reached.");

    /// <summary>A new response status.</summary>
    public static readonly DiffRule ResponseStatusAdded = Info("response-status-added", "Responses", "A new response status is documented; nothing that works today changes, though callers may now meet that status.");

    /// <summary>A response property disappeared.</summary>
    public static readonly DiffRule ResponsePropertyRemoved = Breaking("response-property-removed", "Responses", "A response property is gone: callers reading it get nothing, and code reading it from the generated type no longer compiles.");

    /// <summary>A response property's type changed.</summary>
    public static readonly DiffRule ResponsePropertyTypeChanged = Breaking("response-property-type-changed", "Responses", "A response property's (or the body's) type or format changed: the generated reader, which is strict, throws on the new values.");

    /// <summary>A response property became nullable.</summary>
    public static readonly DiffRule ResponsePropertyBecameNullable = Breaking("response-property-became-nullable", "Responses", "A response property (or body) may now be null: the generated reader throws on null for a member that was not nullable.");

    /// <summary>A required response property became optional.</summary>
    public static readonly DiffRule ResponsePropertyBecameOptional = Breaking("response-property-became-optional", "Responses", "A required response property became optional: the generated reader throws when a required member is missing.");

    /// <summary>A response enum gained values.</summary>
    public static readonly DiffRule ResponseEnumWidened = Warning("response-enum-widened", "Responses", "A response enum has new values: generated SpecForge clients keep unknown enum values (enums are open), but code that switches over the known values meets one it does not handle.");

    /// <summary>A response media type disappeared.</summary>
    public static readonly DiffRule ResponseMediaTypeRemoved = Breaking("response-media-type-removed", "Responses", "A response is no longer offered in a media type: callers asking for it (Accept) get another one or an error.");

    /// <summary>An operation needs a security scheme it did not need.</summary>
    public static readonly DiffRule SecuritySchemeAdded = Breaking("security-scheme-added", "Security", "An operation needs credentials of a scheme that some of today's callers do not send: their requests are rejected with 401.");

    /// <summary>An operation needs more scopes.</summary>
    public static readonly DiffRule SecurityScopesAdded = Breaking("security-scopes-added", "Security", "An operation needs more OAuth scopes: tokens issued for the old scopes are rejected with 403.");

    /// <summary>A server URL changed.</summary>
    public static readonly DiffRule ServerUrlChanged = Warning("server-url-changed", "Servers", "A server URL changed or disappeared: the generated client's default base URL changes, and clients built from the old spec keep calling the old address.");

    /// <summary>A component schema was renamed.</summary>
    public static readonly DiffRule SchemaRenamed = Breaking("schema-renamed", "Schemas", "A component schema was removed and one with the same structure added: the wire format is unchanged, but the generated type's name changes, so code naming it no longer compiles.");

    /// <summary>A oneOf/anyOf branch disappeared.</summary>
    public static readonly DiffRule SchemaBranchRemoved = Breaking("schema-branch-removed", "Schemas", "A oneOf/anyOf branch is gone: requests in that shape are rejected, and the generated union loses the branch's member, so code using it no longer compiles.");

    /// <summary>A oneOf/anyOf branch appeared in a request schema.</summary>
    public static readonly DiffRule RequestSchemaBranchAdded = Info("request-schema-branch-added", "Schemas", "A request schema accepts a new oneOf/anyOf branch; requests that work today still do.");

    /// <summary>A oneOf/anyOf branch appeared in a response schema.</summary>
    public static readonly DiffRule ResponseSchemaBranchAdded = Breaking("response-schema-branch-added", "Schemas", "A response may take a new oneOf/anyOf shape: the generated union reader picks among the branches it knows, so a value of the new shape fails to read.");

    /// <summary>Every rule, in the docs table's order.</summary>
    public static IReadOnlyList<DiffRule> All { get; } = new[]
    {
        EndpointRemoved, MethodRemoved, EndpointAdded, EndpointDeprecated, OperationIdChanged,
        ParameterAddedRequired, ParameterAddedOptional, ParameterRemoved, ParameterLocationChanged, ParameterTypeChanged,
        ParameterBecameRequired, ParameterEnumNarrowed, ParameterEnumWidened, ParameterConstraintTightened, ParameterConstraintRelaxed,
        RequestBodyBecameRequired, RequestPropertyAddedRequired, RequestPropertyBecameRequired, RequestPropertyRemoved,
        RequestPropertyTypeChanged, RequestPropertyEnumNarrowed, RequestPropertyConstraintTightened, RequestMediaTypeRemoved,
        ResponseSuccessStatusRemoved, ResponseNonSuccessStatusRemoved, ResponseStatusAdded, ResponsePropertyRemoved,
        ResponsePropertyTypeChanged, ResponsePropertyBecameNullable, ResponsePropertyBecameOptional, ResponseEnumWidened,
        ResponseMediaTypeRemoved, SecuritySchemeAdded, SecurityScopesAdded, ServerUrlChanged,
        SchemaRenamed, SchemaBranchRemoved, RequestSchemaBranchAdded, ResponseSchemaBranchAdded,
    }.ToList();

    private static DiffRule Breaking(string id, string family, string description) => new(id, ChangeLevel.Breaking, family, description);

    private static DiffRule Warning(string id, string family, string description) => new(id, ChangeLevel.Warning, family, description);

    private static DiffRule Info(string id, string family, string description) => new(id, ChangeLevel.Info, family, description);
}
