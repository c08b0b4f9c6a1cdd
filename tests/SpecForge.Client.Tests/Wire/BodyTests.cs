using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using SpecForge.Client.Tests.Infrastructure;
using WireApi;

namespace SpecForge.Client.Tests.Wire;

/// <summary>
/// Request bodies of every media type the client fixture offers, compared byte for byte (multipart part by part, since
/// the boundary is random).
/// </summary>
public sealed class BodyTests
{
    private const string ItemJson = """{"id":"7","name":"seven","tags":["x"],"price":1.5}""";

    // --- JSON -------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_json_body_is_written_with_the_schema_names_in_declaration_order()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, ItemJson).WithHeader("Location", "/items/7"));

        var response = await WireClients.For(server).Items.CreateWithResponseAsync(new NewItem { Name = "Widget", Tags = new[] { "a", "b" }, Price = 9.5 });

        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/items", request.RawTarget);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("""{"name":"Widget","tags":["a","b"],"price":9.5}""", request.BodyText);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/items/7", response.Header("Location"));
        AssertItem(response.Body);
    }

    [Fact]
    public async Task Json_serializer_options_in_the_client_options_shape_the_written_and_read_json()
    {
        await using var server = await RecordingServer.StartAsync();

        // A comment and a trailing comma are only readable because the options allow them.
        server.Reply(_ => ScriptedResponse.Json(201, """{"id":"7","name":"Widget",/* note */ "tags":["a","b"],"price":9.5,}"""));
        var options = new WireApiClientOptions
        {
            BaseUrl = server.BaseAddress.ToString(),
            BearerAuthToken = "t",
            JsonSerializerOptions = new System.Text.Json.JsonSerializerOptions { WriteIndented = true, AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip },
        };

        var item = await new WireApiClient(server.CreateClient(), options).Items.CreateAsync(new NewItem { Name = "Wid\u00e9get" });

        Assert.Equal("{\n  \"name\": \"Wid\\u00E9get\"\n}", server.Single.BodyText.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Widget", item.Name);
    }

    [Fact]
    public async Task Optional_json_members_left_null_are_absent_rather_than_null()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, ItemJson));

        var item = await WireClients.For(server).Items.CreateAsync(new NewItem { Name = "Only" });

        // tags and price are neither required nor nullable, so null is not a valid value for them: they must be left out.
        Assert.Equal("""{"name":"Only"}""", server.Single.BodyText);
        AssertItem(item);
    }

    [Fact]
    public async Task Without_a_content_type_the_first_offered_media_type_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await WireClients.For(server).Items.UpdateAsync("42", new ItemPatch { Name = "New" });

        var request = server.Single;
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/items/42", request.RawTarget);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"name":"New"}""", request.BodyText);
        AssertItem(item);
    }

    [Fact]
    public async Task A_merge_patch_body_is_json_sent_under_the_merge_patch_media_type()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await WireClients.For(server).Items.UpdateAsync("42", new ItemPatch { Price = 3.25 }, contentType: "application/merge-patch+json");

        var request = server.Single;
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/items/42", request.RawTarget);
        Assert.Equal("application/merge-patch+json", request.ContentType);
        Assert.Equal("""{"price":3.25}""", request.BodyText);
        AssertItem(item);
    }

    [Fact]
    public async Task A_form_content_type_sends_the_same_body_url_encoded()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await WireClients.For(server).Items.UpdateAsync("42", new ItemPatch { Name = "New name & more", Price = 3.5 }, contentType: "application/x-www-form-urlencoded");

        var request = server.Single;
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/items/42", request.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("name=New+name+%26+more&price=3.5", request.BodyText);
        AssertItem(item);
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("multipart/form-data")]
    public async Task A_content_type_the_operation_does_not_offer_is_rejected_before_anything_is_sent(string contentType)
    {
        await using var server = await RecordingServer.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => WireClients.For(server).Items.UpdateAsync("42", new ItemPatch { Name = "x" }, contentType: contentType));

        Assert.Equal("contentType", error.ParamName);
        Assert.Empty(server.Requests);
    }

    // --- application/x-www-form-urlencoded --------------------------------------------------------------------------

    [Fact]
    public async Task A_form_body_nests_objects_in_brackets_and_indexes_deep_object_arrays()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));
        var charge = new ChargeParams
        {
            Amount = 2000,
            Currency = "usd",
            Expand = new[] { "a", "b" },
            Metadata = new Dictionary<string, string> { ["order"] = "6735", ["note"] = "a b&c" },
            Shipping = new ChargeParamsShipping { Name = "Jane Doe", Address = new ChargeParamsShippingAddress { Line1 = "1 Main St", City = "Paris" } },
        };

        var item = await WireClients.For(server).Forms.CreateChargeAsync(charge);

        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/charges", request.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        // Written out unescaped, the body is: amount=2000 & currency=usd & expand[0]=a & expand[1]=b & metadata[order]=6735
        // & metadata[note]=a b&c & shipping[name]=Jane Doe & shipping[address][line1]=1 Main St & shipping[address][city]=Paris.
        Assert.Equal(
            "amount=2000&currency=usd&expand%5B0%5D=a&expand%5B1%5D=b&metadata%5Border%5D=6735&metadata%5Bnote%5D=a+b%26c"
            + "&shipping%5Bname%5D=Jane+Doe&shipping%5Baddress%5D%5Bline1%5D=1+Main+St&shipping%5Baddress%5D%5Bcity%5D=Paris",
            request.BodyText);
        AssertItem(item);
    }

    [Fact]
    public async Task A_form_body_leaves_out_optional_fields_that_are_not_set()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(200, ItemJson));

        var item = await WireClients.For(server).Forms.CreateChargeAsync(new ChargeParams { Amount = 5, Currency = "eur" });

        Assert.Equal("amount=5&currency=eur", server.Single.BodyText);
        AssertItem(item);
    }

    // --- multipart/form-data ----------------------------------------------------------------------------------------

    [Fact]
    public async Task A_multipart_upload_sends_each_field_as_its_own_part()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, ItemJson));
        var file = new FilePart(new MemoryStream(new byte[] { 1, 2, 3, 0, 255 }), "report.bin", "image/png");
        var attachments = new[]
        {
            new FilePart(new MemoryStream(Encoding.UTF8.GetBytes("first")), "one.txt", "text/plain"),
            new FilePart(new MemoryStream(Encoding.UTF8.GetBytes("second")), "two.txt", "text/plain"),
        };

        var item = await WireClients.For(server).Files.UploadAsync(file, attachments, description: "Quarterly report", meta: new Filter { Color = "red", Size = 2 });

        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/uploads", request.RawTarget);
        Assert.Equal("multipart/form-data", MediaTypeHeaderValue.Parse(request.ContentType!).MediaType);
        var parts = await PartsAsync(request);
        Assert.Equal(new[] { "file", "attachments", "attachments", "description", "meta" }, parts.Select(part => part.Name));
        AssertPart(parts[0], "file", "report.bin", "image/png", new byte[] { 1, 2, 3, 0, 255 });
        AssertPart(parts[1], "attachments", "one.txt", "text/plain", Encoding.UTF8.GetBytes("first"));
        AssertPart(parts[2], "attachments", "two.txt", "text/plain", Encoding.UTF8.GetBytes("second"));
        Assert.Null(parts[3].FileName);
        Assert.Equal("Quarterly report", Encoding.UTF8.GetString(parts[3].Body));
        Assert.Null(parts[4].FileName);
        Assert.Equal("application/json", MediaTypeHeaderValue.Parse(parts[4].ContentType!).MediaType);
        Assert.Equal("""{"color":"red","size":2}""", Encoding.UTF8.GetString(parts[4].Body));
        AssertItem(item);
    }

    [Fact]
    public async Task A_file_without_a_content_type_is_sent_as_octet_stream_and_unset_fields_are_left_out()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, ItemJson));

        var item = await WireClients.For(server).Files.UploadAsync(new FilePart(new MemoryStream(new byte[] { 9, 8, 7 }), "data.bin"));

        var parts = await PartsAsync(server.Single);
        var part = Assert.Single(parts);
        AssertPart(part, "file", "data.bin", "application/octet-stream", new byte[] { 9, 8, 7 });
        AssertItem(item);
    }

    [Fact]
    public async Task A_file_name_with_a_quote_is_sent_escaped_rather_than_rejected()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(_ => ScriptedResponse.Json(201, ItemJson));

        var item = await WireClients.For(server).Files.UploadAsync(new FilePart(new MemoryStream(new byte[] { 1 }), "say \"hi\".txt", "text/plain"));

        var part = Assert.Single(await PartsAsync(server.Single));
        Assert.Equal("file", part.Name);
        // A quoted-string with a backslash escape (RFC 9110) and the HTML form encoding (%22) both carry the name intact.
        Assert.Contains(part.FileName, new[] { "say \\\"hi\\\".txt", "say %22hi%22.txt" });
        Assert.Equal(new byte[] { 1 }, part.Body);
        AssertItem(item);
    }

    // --- Raw bytes and text -----------------------------------------------------------------------------------------

    [Fact]
    public async Task An_octet_stream_body_is_sent_as_the_raw_bytes()
    {
        await using var server = await RecordingServer.StartAsync();
        var bytes = new byte[] { 0, 1, 2, 13, 10, 127, 128, 254, 255 };

        var response = await WireClients.For(server).Files.PutWithResponseAsync("f 1", new MemoryStream(bytes));

        var request = server.Single;
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/files/f%201", request.RawTarget);
        Assert.Equal("application/octet-stream", request.ContentType);
        Assert.Equal(bytes, request.Body);
        Assert.Equal(204, response.StatusCode);
    }

    [Fact]
    public async Task A_plain_text_body_is_sent_as_utf8_and_the_text_answer_comes_back()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Reply(request => ScriptedResponse.Text(200, "echo: " + request.BodyText));

        var echoed = await WireClients.For(server).Files.PostNoteAsync("héllo\nwörld ✓");

        var request = server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/notes", request.RawTarget);
        Assert.Equal("text/plain; charset=utf-8", request.ContentType);
        Assert.Equal("text/plain", request.Header("Accept"));
        Assert.Equal(Encoding.UTF8.GetBytes("héllo\nwörld ✓"), request.Body);
        Assert.Equal("echo: héllo\nwörld ✓", echoed);
    }

    // --- Helpers ----------------------------------------------------------------------------------------------------

    private sealed record Part(string Name, string? FileName, string? FileNameStar, string? ContentType, byte[] Body);

    private static async Task<List<Part>> PartsAsync(RecordedRequest request)
    {
        var boundary = MediaTypeHeaderValue.Parse(request.ContentType!).Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var parts = new List<Part>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            Assert.Equal("form-data", disposition.DispositionType.Value);
            using var body = new MemoryStream();
            await section.Body.CopyToAsync(body);
            parts.Add(new Part(
                Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(disposition.Name).Value!,
                disposition.FileName.HasValue ? Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : null,
                section.ContentType,
                body.ToArray()));
        }

        return parts;
    }

    private static void AssertPart(Part part, string name, string fileName, string contentType, byte[] body)
    {
        Assert.Equal(name, part.Name);
        Assert.Equal(fileName, part.FileName);
        // Servers prefer filename* when present (ASP.NET Core's IFormFile.FileName does), so it must name the same file.
        if (part.FileNameStar is not null)
        {
            Assert.Equal(fileName, part.FileNameStar);
        }

        Assert.Equal(contentType, part.ContentType);
        Assert.Equal(body, part.Body);
    }

    private static void AssertItem(Item item)
    {
        Assert.Equal("7", item.Id);
        Assert.Equal("seven", item.Name);
        Assert.Equal(new[] { "x" }, item.Tags);
        Assert.Equal(1.5, item.Price);
    }
}
