using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpecForge.Runtime;
using SpecForge.Runtime.Client;

namespace SpecForge.Runtime.Tests.Client;

/// <summary>
/// A generated method whose only answer to a status outside 2xx is one exception throws what FailAsync returns: the
/// same exception ErrorAsync builds, with the response disposed by the transport instead of the method's try/finally.
/// </summary>
public sealed class FailTests
{
    private static readonly ApiTransport Transport = new(new HttpClient(), new Options(), "https://api.example.com", (_, _, _) => Task.CompletedTask);

    [Fact]
    public async Task An_undocumented_status_gives_the_body_as_text_and_disposes_the_response()
    {
        var content = new Watched("""{"message":"gone"}""");
        var response = new HttpResponseMessage(HttpStatusCode.Gone) { Content = content, ReasonPhrase = "Gone" };

        var error = await Transport.FailAsync(response, CancellationToken.None);

        Assert.Equal(410, error.StatusCode);
        Assert.Equal("""{"message":"gone"}""", error.ResponseBody);
        Assert.Equal("The API answered 410 Gone.", error.Message);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_documented_error_is_read_into_its_type_and_the_response_disposed()
    {
        var content = new Watched("""{"code":7}""");
        var response = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = content };

        var error = await Transport.FailAsync(response, ReadCode, CancellationToken.None);

        Assert.Equal(7L, Assert.IsType<ApiException<long>>(error).Error);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_text_error_keeps_its_text_and_the_response_is_disposed()
    {
        var content = new Watched("try later");
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = content };

        var error = await Transport.FailAsync(response, text: true, CancellationToken.None);

        Assert.Equal("try later", Assert.IsType<ApiException<string>>(error).Error);
        Assert.True(content.Disposed);
    }

    private static long ReadCode(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetProperty("code").GetInt64();
    }

    private sealed class Options : ApiClientOptions
    {
    }

    private sealed class Watched(string text) : StringContent(text, Encoding.UTF8)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
