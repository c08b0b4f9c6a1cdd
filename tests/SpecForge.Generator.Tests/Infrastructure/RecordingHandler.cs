using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>Records each request as text and answers with a fixed status and body.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly string _body;

    public RecordingHandler(HttpStatusCode status, string body)
    {
        _status = status;
        _body = body;
    }

    public List<string> RequestLines { get; } = new();

    public List<Dictionary<string, string>> Headers { get; } = new();

    public List<string?> Bodies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestLines.Add(request.Method + " " + request.RequestUri!.AbsoluteUri);
        Headers.Add(request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)));
        Bodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        return new HttpResponseMessage(_status) { Content = new StringContent(_body, Encoding.UTF8, "application/json") };
    }
}
