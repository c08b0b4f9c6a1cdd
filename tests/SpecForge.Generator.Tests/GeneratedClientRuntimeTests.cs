using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Generator.Tests.Infrastructure;
using SpecForge.Tests.SharedGenerator;

namespace SpecForge.Generator.Tests;

/// <summary>The generated client, compiled and run: what goes on the wire and what comes back.</summary>
public sealed class GeneratedClientRuntimeTests
{
    private const string ItemsPage = """{"items":[{"id":7,"name":"Hammer","price":9.5}],"next":null}""";

    [Fact]
    public async Task Query_header_and_cookie_values_are_escaped_and_the_typed_result_is_read()
    {
        using var assembly = Load("store-v30.yaml");
        var handler = new RecordingHandler(HttpStatusCode.OK, ItemsPage);

        var page = await Call(assembly, "StoreV30.StoreV30Client", handler, "Items.ListAsync", "trace-1", 5, "a b/c&d=é", "s;1", CancellationToken.None);

        Assert.Equal("GET https://eu.store.example.com/v3/items?limit=5&class=a%20b%2Fc%26d%3D%C3%A9", Assert.Single(handler.RequestLines));
        Assert.Equal("trace-1", handler.Headers[0]["X-Trace"]);
        Assert.Equal("session=s%3B1", handler.Headers[0]["Cookie"]);
        Assert.Equal("application/json", handler.Headers[0]["Accept"]);
        var items = (System.Collections.IList)page!.GetType().GetProperty("Items")!.GetValue(page)!;
        Assert.Equal("Hammer", items[0]!.GetType().GetProperty("Name")!.GetValue(items[0]));
    }

    [Fact]
    public async Task Optional_parameters_left_null_are_not_sent()
    {
        using var assembly = Load("store-v30.yaml");
        var handler = new RecordingHandler(HttpStatusCode.OK, ItemsPage);

        await Call(assembly, "StoreV30.StoreV30Client", handler, "Items.ListAsync", "t", null, null, null, CancellationToken.None);

        Assert.Equal("GET https://eu.store.example.com/v3/items", Assert.Single(handler.RequestLines));
        Assert.False(handler.Headers[0].ContainsKey("Cookie"));
    }

    [Fact]
    public async Task A_path_value_cannot_change_the_path()
    {
        using var assembly = Load("store-v31.yaml");
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"name":"Ada","nickname":null}""");

        await Call(assembly, "StoreV31.StoreV31Client", handler, "GetPersonAsync", "../admin/x?y=1#z", true, CancellationToken.None);

        Assert.Equal("GET https://store.example.com/v31/people/..%2Fadmin%2Fx%3Fy%3D1%23z?expand=true", Assert.Single(handler.RequestLines));
    }

    [Fact]
    public async Task A_json_body_is_sent_with_the_declared_media_type()
    {
        using var assembly = Load("store-v31.yaml");
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"name":"Ada","nickname":"A"}""");
        var personType = assembly.Type("StoreV31.Person");
        var person = Activator.CreateInstance(personType)!;
        personType.GetProperty("Name")!.SetValue(person, "Ada");

        await Call(assembly, "StoreV31.StoreV31Client", handler, "UpdatePersonAsync", "p1", person, CancellationToken.None);

        Assert.Equal("PATCH https://store.example.com/v31/people/p1", Assert.Single(handler.RequestLines));
        Assert.Equal("""{"name":"Ada","nickname":null}""", handler.Bodies[0]);
    }

    [Fact]
    public async Task An_operation_with_its_own_server_is_sent_there_whatever_the_base_url()
    {
        using var assembly = Load("store-v30.yaml");
        var handler = new RecordingHandler(HttpStatusCode.OK, "{}");

        await Call(assembly, "StoreV30.StoreV30Client", handler, "GetPictureAsync", 3L, CancellationToken.None);

        Assert.Equal("GET https://cdn.store.example.com/media/items/3/picture", Assert.Single(handler.RequestLines));
    }

    [Fact]
    public async Task Open_enums_keep_values_the_spec_does_not_list_through_a_round_trip()
    {
        using var assembly = Load("store-v31.yaml");
        var handler = new RecordingHandler(HttpStatusCode.OK, """{"name":"Ada","nickname":null,"priority":7,"mood":"elated"}""");

        var person = await Call(assembly, "StoreV31.StoreV31Client", handler, "GetPersonAsync", "p1", null, CancellationToken.None);
        var priority = person!.GetType().GetProperty("Priority")!.GetValue(person)!;
        var mood = person.GetType().GetProperty("Mood")!.GetValue(person)!;

        // Sending an unlisted value is a request validation error unless the caller turns request validation off.
        var rejected = await Assert.ThrowsAnyAsync<Exception>(() => Call(assembly, "StoreV31.StoreV31Client", handler, "UpdatePersonAsync", "p1", person, CancellationToken.None));
        Assert.Equal("StoreV31.SpecForge.RequestValidationException", rejected.GetType().FullName);
        await Invoke(NewClient(assembly, "StoreV31.StoreV31Client", handler, validateRequests: false), "UpdatePersonAsync", "p1", person, CancellationToken.None);

        Assert.Equal((7L, false), ((long)priority.GetType().GetProperty("Value")!.GetValue(priority)!, (bool)priority.GetType().GetProperty("IsKnown")!.GetValue(priority)!));
        Assert.Equal(("elated", false), ((string)mood.GetType().GetProperty("Value")!.GetValue(mood)!, (bool)mood.GetType().GetProperty("IsKnown")!.GetValue(mood)!));
        Assert.Contains("\"priority\":7", handler.Bodies[1], StringComparison.Ordinal);
        Assert.Contains("\"mood\":\"elated\"", handler.Bodies[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_enum_values_are_static_members_named_by_the_spec()
    {
        using var assembly = Load("store-v31.yaml");
        var priority = assembly.Type("StoreV31.Priority");
        var mood = assembly.Type("StoreV31.PersonMood");

        var high = priority.GetProperty("High")!.GetValue(null)!;
        Assert.Equal((3L, true), ((long)priority.GetProperty("Value")!.GetValue(high)!, (bool)priority.GetProperty("IsKnown")!.GetValue(high)!));
        Assert.Equal(new[] { "Happy", "GrumpyIsh", "_2fa" }, new[] { "Happy", "GrumpyIsh", "_2fa" }.Where(n => mood.GetProperty(n) is not null));
        Assert.Equal("grumpy-ish", mood.GetProperty("Value")!.GetValue(mood.GetProperty("GrumpyIsh")!.GetValue(null)));
    }

    [Fact]
    public async Task A_header_value_with_a_line_break_is_refused_before_sending()
    {
        using var assembly = Load("store-v30.yaml");
        var handler = new RecordingHandler(HttpStatusCode.OK, ItemsPage);

        await Assert.ThrowsAsync<ArgumentException>(() => Call(assembly, "StoreV30.StoreV30Client", handler, "Items.ListAsync", "x\r\nInjected: 1", null, null, null, CancellationToken.None));
        Assert.Empty(handler.RequestLines);
    }

    [Fact]
    public async Task A_non_success_status_throws_ApiException_with_status_and_body()
    {
        using var assembly = Load("store-v30.yaml");
        var handler = new RecordingHandler(HttpStatusCode.NotFound, """{"error":"gone"}""");

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => Call(assembly, "StoreV30.StoreV30Client", handler, "GetPictureAsync", 3L, CancellationToken.None));

        Assert.Equal("StoreV30.SpecForge.ApiException", exception.GetType().FullName);
        Assert.Equal(404, exception.GetType().GetProperty("StatusCode")!.GetValue(exception));
        Assert.Equal("""{"error":"gone"}""", exception.GetType().GetProperty("ResponseBody")!.GetValue(exception));
    }

    private static LoadedAssembly Load(string fixture)
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { new TestFile("/specs/" + fixture, File.ReadAllText(FixtureSnapshotTests.FixturePath(fixture))) });
        GeneratedCode.AssertCleanAndCompiles(result, output);
        return LoadedAssembly.From(output);
    }

    private static Task<object?> Call(LoadedAssembly assembly, string clientType, HttpMessageHandler handler, string method, params object?[] arguments) =>
        Invoke(NewClient(assembly, clientType, handler, validateRequests: true), method, arguments);

    private static object NewClient(LoadedAssembly assembly, string clientType, HttpMessageHandler handler, bool validateRequests)
    {
        var client = Activator.CreateInstance(assembly.Type(clientType), new HttpClient(handler))!;
        var options = client.GetType().GetProperty("Options")!.GetValue(client)!;
        options.GetType().GetProperty("ValidateRequests")!.SetValue(options, validateRequests);
        return client;
    }

    private static async Task<object?> Invoke(object client, string method, params object?[] arguments)
    {
        // "Group.Method" calls a method of one of the client's operation groups.
        var dot = method.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            client = client.GetType().GetProperty(method[..dot])!.GetValue(client)!;
            method = method[(dot + 1)..];
        }

        // Reflection fills in no defaults: the per-call options after the token are left out by passing null.
        var target = client.GetType().GetMethod(method)!;
        var padded = arguments.Concat(Enumerable.Repeat<object?>(null, target.GetParameters().Length - arguments.Length)).ToArray();
        Task task;
        try
        {
            task = (Task)target.Invoke(client, padded)!;
        }
        catch (TargetInvocationException ex)
        {
            throw ex.InnerException!;
        }

        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }
}
