using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SpecForge.Client.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on a loopback port that records every request and answers with a scripted response, so tests
/// assert on the bytes a generated client actually put on the wire rather than on what an in-process handler was handed.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = new();
    private readonly List<HttpClient> _clients = new();
    private volatile Func<RecordedRequest, ScriptedResponse> _responder = _ => ScriptedResponse.Empty(204);

    private RecordingServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, with a trailing slash so relative operation paths resolve under it.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>The only request recorded; fails the test when there were none or several.</summary>
    public RecordedRequest Single => Assert.Single(Requests);

    public static async Task<RecordingServer> StartAsync()
    {
        // The empty builder reads no appsettings (so no file watchers per server) and registers no log providers.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        RecordingServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();

        // Port 0 means the OS chose; the addresses feature reports the port actually bound.
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new RecordingServer(app, new Uri($"http://127.0.0.1:{new Uri(bound).Port}/"));
        return server;
    }

    /// <summary>Replaces how requests are answered; until called, every request gets 204 No Content.</summary>
    public void Reply(Func<RecordedRequest, ScriptedResponse> responder) => _responder = responder;

    /// <summary>A client aimed at this server, disposed together with it.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        lock (_gate)
        {
            _clients.Add(client);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _clients.ForEach(client => client.Dispose());
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await ReadAsync(context);
        // Recorded before the responder runs, so a responder that throws still leaves the request to assert on.
        lock (_gate)
        {
            _requests.Add(request);
        }
        await WriteAsync(context.Response, _responder(request));
    }

    private static async Task<RecordedRequest> ReadAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in context.Request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value.ToArray());
        }

        var query = context.Request.QueryString.Value ?? "";
        return new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Path.Value ?? "",
            query.StartsWith('?') ? query[1..] : query,
            headers,
            body.ToArray());
    }

    private static async Task WriteAsync(HttpResponse response, ScriptedResponse scripted)
    {
        if (scripted.Delay > TimeSpan.Zero)
        {
            // A client that gave up aborts the request, which ends the wait too.
            try
            {
                await Task.Delay(scripted.Delay, response.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        response.StatusCode = scripted.Status;
        foreach (var (name, value) in scripted.Headers)
        {
            response.Headers[name] = value;
        }
        if (scripted.ContentType is not null)
        {
            response.ContentType = scripted.ContentType;
        }

        if (scripted.Chunks is { } chunks)
        {
            // No Content-Length, and a flush after each chunk, so a streaming reader sees every chunk arrive on its own.
            foreach (var chunk in chunks)
            {
                await response.Body.WriteAsync(chunk, response.HttpContext.RequestAborted);
                await response.Body.FlushAsync(response.HttpContext.RequestAborted);
            }
            return;
        }

        if (scripted.Body.Length > 0)
        {
            response.ContentLength = scripted.Body.Length;
            await response.Body.WriteAsync(scripted.Body, response.HttpContext.RequestAborted);
        }
    }
}
