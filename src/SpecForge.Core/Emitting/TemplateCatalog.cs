using System;
using System.Collections.Generic;
using SpecForge.Core.Emitting.TemplateModels;

namespace SpecForge.Core.Emitting;

/// <summary>
/// Every default template: what it writes and the model it is given. docs/templates.md is generated from this list
/// and the model types, and a test keeps the list equal to the files under templates/csharp.
/// </summary>
public static class TemplateCatalog
{
    /// <summary>Every template, in the order docs/templates.md lists them.</summary>
    public static IReadOnlyList<TemplateEntry> All { get; } = new[]
    {
        new TemplateEntry("FileHeader", null, "The comment and pragmas at the top of every generated file; an override keeps `CS8618` off, since a record's JSON reader sets required members in ways the compiler cannot follow. Without code (as the default is), its `#nullable enable` is narrowed to `#nullable enable annotations` and `#nullable disable warnings` unless the project sets `SpecForgeNullableWarnings`.", false),
        new TemplateEntry("Dto", typeof(DtoTemplateModel), "One DTO record: its declaration, properties and the bag of unlisted members.", false),
        new TemplateEntry("Dto.Declaration", typeof(DtoTemplateModel), "The DTO's doc comment, attributes and declaration line.", false),
        new TemplateEntry("Dto.Kind", null, "The keyword every part of a DTO is declared with (record, its converter, its validator): 'record'; 'class' turns DTOs into classes.", true),
        new TemplateEntry("Dto.Attributes", typeof(DtoTemplateModel), "Attribute lines put on every DTO. Empty.", true),
        new TemplateEntry("Dto.Interfaces", typeof(DtoTemplateModel), "Interfaces every DTO implements, one fully qualified name per line, after its base record. Empty.", true),
        new TemplateEntry("Dto.Property", typeof(PropertyTemplateModel), "One DTO property with its doc comment.", false),
        new TemplateEntry("Dto.Property.Attributes", typeof(PropertyTemplateModel), "Attribute lines put on every DTO property. Empty.", true),
        new TemplateEntry("Dto.Members", typeof(DtoTemplateModel), "Members added to every DTO. Empty.", true),
        new TemplateEntry("Enum", typeof(EnumTemplateModel), "One open enum (a struct of known values that keeps unknown ones) and its converter.", false),
        new TemplateEntry("Union", typeof(UnionTemplateModel), "One oneOf/anyOf union with its branch accessors and converter.", false),
        new TemplateEntry("JsonConverter", typeof(JsonConverterTemplateModel), "The reflection-free System.Text.Json converter nested in a DTO. Its statements come from SpecForge's JSON writer.", false),
        new TemplateEntry("JsonCodec", typeof(JsonCodecTemplateModel), "The spec's JsonResolver and the list, map and scalar helpers the converters call.", false),
        new TemplateEntry("Validator", typeof(ValidatorTemplateModel), "The Validate() part of a DTO or union. Its checks come from SpecForge's validation writer.", false),
        new TemplateEntry("Validator.Members", typeof(ValidatorTemplateModel), "Members added to every validator part. Empty.", true),
        new TemplateEntry("Client", typeof(ClientTemplateModel), "The client interface and class: constructors, groups, untagged operations.", false),
        new TemplateEntry("Client.Members", typeof(ClientMembersTemplateModel), "Members added to the client, rendered in its interface (signatures) and in its class (bodies). Empty.", true),
        new TemplateEntry("Client.Auth", typeof(ClientTemplateModel), "How the client applies the credentials of each security scheme.", false),
        new TemplateEntry("ClientGroup", typeof(GroupTemplateModel), "One tag's operations as a class and its interface.", false),
        new TemplateEntry("Client.Signatures", typeof(OperationTemplateModel), "An operation's method signatures on an interface.", false),
        new TemplateEntry("Client.Method", typeof(OperationTemplateModel), "An operation's methods: the request, its sending, the response.", false),
        new TemplateEntry("Client.Request", typeof(OperationTemplateModel), "Builds an operation's request (checks, URI, query, headers, cookies, body) as httpRequest, without sending it.", false),
        new TemplateEntry("Client.PrepareRequest", typeof(OperationTemplateModel), "Statements run before each request is sent, with httpRequest and cancellationToken in scope. Empty.", true),
        new TemplateEntry("Client.ProcessResponse", typeof(OperationTemplateModel), "Statements run on each response before its status is read, with httpResponse and cancellationToken in scope. Empty.", true),
        new TemplateEntry("Client.Body", typeof(OperationTemplateModel), "Sets the request body, when it is optional only if given.", false),
        new TemplateEntry("Client.BodyContent", typeof(OperationTemplateModel), "The request content for the body's media type.", false),
        new TemplateEntry("Client.Validate", typeof(OperationTemplateModel), "The request checks run before sending when the options ask for them.", false),
        new TemplateEntry("Client.ValidateResponse", typeof(OperationTemplateModel), "The response checks, as the body of a lambda the transport runs when the options ask for them.", false),
        new TemplateEntry("Client.Paging", typeof(OperationTemplateModel), "The ...AllAsync method that follows an operation's pages.", false),
        new TemplateEntry("ClientOptions", typeof(ClientTemplateModel), "The client's options class with a property per credential.", false),
        new TemplateEntry("DependencyInjection", typeof(ClientTemplateModel), "AddXxxClient for IServiceCollection, returning the IHttpClientBuilder.", false),
        new TemplateEntry("MockServer", typeof(MockTemplateModel), "The mock's entry points: the spec it serves and its options.", false),
        new TemplateEntry("MockServer.Handler", typeof(MockTemplateModel), "The in-process HttpMessageHandler mock.", false),
        new TemplateEntry("MockServer.Endpoints", typeof(MockTemplateModel), "The ASP.NET Core minimal API endpoints of the mock, one per operation.", false),
    };
}

/// <summary>One default template.</summary>
/// <param name="Name">The template's name: its file name without <c>.sbncs</c>.</param>
/// <param name="Model">The type of the model it renders, or null when it reads none.</param>
/// <param name="Purpose">What it writes, in one sentence.</param>
/// <param name="IsHook">Whether it exists to be overridden: empty, or one word, by default.</param>
public sealed record TemplateEntry(string Name, Type? Model, string Purpose, bool IsHook);
