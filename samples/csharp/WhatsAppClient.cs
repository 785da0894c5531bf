using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Example.Messaging
{
    /// <summary>Sends WhatsApp messages through CEQUENS and decides what each error code means.</summary>
    public sealed class WhatsAppClient
    {
        private const string MessagesUrl = "https://apis.cequens.com/conversation/wab/v1/messages";

        private static readonly HashSet<int> RetryableCodes = new HashSet<int> { 429, 1000, 1015, 1016, 1017 };

        private readonly HttpClient _http;

        public WhatsAppClient(HttpClient http, string token)
        {
            _http = http;
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        public async Task<string> SendTextAsync(string to, string text)
        {
            var payload = JsonSerializer.Serialize(new { to, type = "text", text = new { body = text } });
            for (var attempt = 1; ; attempt++)
            {
                var response = await _http.PostAsync(MessagesUrl, new StringContent(payload, Encoding.UTF8, "application/json"));
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    // 401 MISSING_TOKEN or TOKEN: the bearer token is absent or expired.
                    throw new UnauthorizedAccessException("CEQUENS rejected the token: " + body);
                }

                int code;
                string title;
                using (var json = JsonDocument.Parse(body))
                {
                    if (!json.RootElement.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
                    {
                        return json.RootElement.GetProperty("messages")[0].GetProperty("id").GetString() ?? "";
                    }
                    code = errors[0].GetProperty("code").GetInt32();
                    title = errors[0].GetProperty("title").GetString() ?? "";
                }

                if (RetryableCodes.Contains(code) && attempt < 4)
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt)));
                    continue;
                }
                throw new WhatsAppException(code, title);
            }
        }

        public static string NextStep(WhatsAppException error)
        {
            switch (error.Code)
            {
                case 470:
                    return "send-template";
                case 471:
                    return "pause-campaign";
                case 472:
                case 1013:
                case 1026:
                    return "skip-recipient";
                case 1008:
                case 1009:
                case 2001:
                case 2012:
                    return "fix-request";
                default:
                    return RetryableCodes.Contains(error.Code) ? "retry-later" : "alert";
            }
        }
    }

    public sealed class WhatsAppException : Exception
    {
        public WhatsAppException(int code, string title) : base($"CEQUENS WhatsApp error {code}: {title}")
        {
            Code = code;
            Title = title;
        }

        public int Code { get; }
        public string Title { get; }
    }
}
