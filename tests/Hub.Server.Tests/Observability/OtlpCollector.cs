using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Hub.Server.Tests.Observability;

/// <summary>
/// The receiving end of OTLP over HTTP, as a collector's <c>otlphttp</c> receiver is: it accepts every POST to
/// <c>/v1/traces</c> and <c>/v1/metrics</c> and keeps the protobuf bodies. Protobuf writes strings as UTF-8 bytes, so
/// a span's name or an attribute's value can be found in a body without decoding it.
/// </summary>
public sealed class OtlpCollector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();
    private readonly Task _receiving;

    private OtlpCollector(int port)
    {
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.AbsoluteUri);
        _listener.Start();
        _receiving = ReceiveAsync();
    }

    /// <summary>The base address to give the hub as its OTLP endpoint.</summary>
    public Uri Address { get; }

    public static OtlpCollector Start() => new(HubKestrelServer.FreePort());

    /// <summary>Waits until a body posted to <paramref name="path"/> contains <paramref name="text"/>; returns every body of that path so far.</summary>
    public async Task<IReadOnlyList<byte[]>> WaitForAsync(string path, string text, TimeSpan timeout)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var bodies = _received.Where(r => r.Path == path).Select(r => r.Body).ToList();
            if (bodies.Any(b => b.AsSpan().IndexOf(needle) >= 0))
            {
                return bodies;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No OTLP body posted to {path} contained '{text}' within {timeout} ({bodies.Count} received).");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _receiving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
