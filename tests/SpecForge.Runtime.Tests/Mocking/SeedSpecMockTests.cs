using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SpecForge.Runtime.Mocking;
using SpecForge.Runtime.Validation;
using SpecForge.Tests.Shared;
using Xunit;

namespace SpecForge.Runtime.Tests.Mocking;

/// <summary>
/// The committed seed specs load, and every operation answers a request built from the spec itself (path values,
/// required parameters and a synthesized body) with a status the spec declares and data valid against it.
/// </summary>
public sealed class SeedSpecMockTests
{
    public static TheoryData<string> Apis => new() { "trustpager", "mindhunters" };

    [Theory]
    [MemberData(nameof(Apis))]
    public void Every_operation_answers_with_a_declared_status_and_valid_data(string api)
    {
        var spec = File.ReadAllBytes(RepoPaths.InRepo("specs", api, api + ".openapi.json"));
        var engine = MockEngine.Create(spec, new MockServerOptions());
        using var document = JsonDocument.Parse(spec);
        var root = document.RootElement;
        var mockDocument = new MockDocument(root);
        var validator = new SchemaValidator(root);
        var synthesizer = new SchemaSynthesizer(mockDocument, validator);
        var failures = new List<string>();

        Assert.NotEmpty(engine.Operations);
        foreach (var operation in engine.Operations)
        {
            var request = RequestFor(operation, mockDocument, synthesizer);
            var response = engine.Handle(request);
            var declared = operation.Responses.Select(r => r.Key).ToList();
            if (!declared.Contains(response.Status.ToString()) || response.Status >= 300)
            {
                failures.Add($"{operation.Key}: {response.Outcome} {Encoding.UTF8.GetString(response.Body)}");
                continue;
            }

            var media = operation.FindResponse(response.Status.ToString())!.Content.FirstOrDefault(m => m.MediaType == response.ContentType);
            if (media != null && media.IsJson && media.HasSchema && response.Body.Length > 0)
            {
                using var body = JsonDocument.Parse(response.Body);
                var violations = new List<ConstraintViolation>();
                validator.Validate(body.RootElement, media.Schema, "", SchemaDirection.Response, violations);
                if (violations.Count > 0)
                {
                    failures.Add($"{operation.Key}: {response.Outcome} invalid: {string.Join("; ", violations.Take(3))}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static MockRequest RequestFor(MockOperation operation, MockDocument document, SchemaSynthesizer synthesizer)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = "Bearer token" };
        var path = operation.PathTemplate;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            if (!parameter.Required && parameter.Location != ParameterLocation.Path)
            {
                continue;
            }

            var value = ScalarText(synthesizer.Synthesize(parameter.Schema, 5, SchemaDirection.Request));
            switch (parameter.Location)
            {
                case ParameterLocation.Path: path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value)); break;
                case ParameterLocation.Query: query.Add(Uri.EscapeDataString(parameter.Name) + "=" + Uri.EscapeDataString(value)); break;
                case ParameterLocation.Header: headers[parameter.Name] = value; break;
                default: headers["Cookie"] = parameter.Name + "=" + value; break;
            }
        }

        var body = Array.Empty<byte>();
        var content = operation.RequestBody?.Content.FirstOrDefault();
        if (content != null)
        {
            headers["Content-Type"] = content.MediaType;
            body = content.IsJson && content.HasSchema ? synthesizer.Synthesize(content.Schema, 5, SchemaDirection.Request) : Encoding.UTF8.GetBytes("x");
        }

        return new MockRequest(operation.Method, path, string.Join("&", query), headers, body);
    }

    private static string ScalarText(byte[] json)
    {
        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.ValueKind == JsonValueKind.String ? parsed.RootElement.GetString()! : parsed.RootElement.GetRawText();
    }
}
