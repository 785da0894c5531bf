// Declarations (bodies `throw null`) of the .NET APIs the C# samples, fixtures and handlers use
// that Mono's mcs lacks (System.Net.Http, System.Text.Json, Microsoft.Extensions.Logging, .NET 6's
// Random.Shared), compiled with each source so that mcs gets past the declarations to the bodies.
// mcs speaks C# 7.0: no `readonly struct`.
using System.Threading.Tasks;

namespace System
{
    // Mono's Random has no Shared; this one hides it (CS0436 is not reported).
    public class Random
    {
        public static Random Shared => throw null;
        public virtual int Next(int maxValue) => throw null;
    }
}

namespace System.Net.Http
{
    public class HttpClient
    {
        public Headers.HttpRequestHeaders DefaultRequestHeaders => throw null;
        public Task<HttpResponseMessage> PostAsync(string requestUri, HttpContent content) => throw null;
    }

    public class HttpResponseMessage
    {
        public Net.HttpStatusCode StatusCode => throw null;
        public bool IsSuccessStatusCode => throw null;
        public HttpContent Content => throw null;
    }

    public abstract class HttpContent
    {
        public Task<string> ReadAsStringAsync() => throw null;
    }

    public class StringContent : HttpContent
    {
        public StringContent(string content, Text.Encoding encoding, string mediaType) => throw null;
    }

    public class HttpRequestException : Exception { }
}

namespace System.Net.Http.Headers
{
    public sealed class HttpRequestHeaders
    {
        public AuthenticationHeaderValue Authorization { get => throw null; set => throw null; }
    }

    public class AuthenticationHeaderValue
    {
        public AuthenticationHeaderValue(string scheme, string parameter) => throw null;
    }
}

namespace System.Text.Json
{
    public static class JsonSerializer
    {
        public static string Serialize<TValue>(TValue value) => throw null;
    }

    public sealed class JsonDocument : IDisposable
    {
        public static JsonDocument Parse(string json) => throw null;
        public JsonElement RootElement => throw null;
        public void Dispose() => throw null;
    }

    public struct JsonElement
    {
        public JsonElement this[int index] => throw null;
        public JsonElement GetProperty(string propertyName) => throw null;
        public bool TryGetProperty(string propertyName, out JsonElement value) => throw null;
        public int GetArrayLength() => throw null;
        public string GetString() => throw null;
        public int GetInt32() => throw null;
    }
}

namespace Microsoft.Extensions.Logging
{
    public interface ILogger { }

    public interface ILogger<out TCategoryName> : ILogger { }

    public struct EventId
    {
        public EventId(int id, string name = null) => throw null;
        public static implicit operator EventId(int i) => throw null;
    }

    // Every overload of the levels used, so that overloads resolve as with the real library.
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string message, params object[] args) => throw null;
        public static void LogInformation(this ILogger logger, System.Exception exception, string message, params object[] args) => throw null;
        public static void LogInformation(this ILogger logger, EventId eventId, string message, params object[] args) => throw null;
        public static void LogInformation(this ILogger logger, EventId eventId, System.Exception exception, string message, params object[] args) => throw null;
        public static void LogWarning(this ILogger logger, string message, params object[] args) => throw null;
        public static void LogWarning(this ILogger logger, System.Exception exception, string message, params object[] args) => throw null;
        public static void LogWarning(this ILogger logger, EventId eventId, string message, params object[] args) => throw null;
        public static void LogWarning(this ILogger logger, EventId eventId, System.Exception exception, string message, params object[] args) => throw null;
        public static void LogError(this ILogger logger, string message, params object[] args) => throw null;
        public static void LogError(this ILogger logger, System.Exception exception, string message, params object[] args) => throw null;
        public static void LogError(this ILogger logger, EventId eventId, string message, params object[] args) => throw null;
        public static void LogError(this ILogger logger, EventId eventId, System.Exception exception, string message, params object[] args) => throw null;
    }
}
