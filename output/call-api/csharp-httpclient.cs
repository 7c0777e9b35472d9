using System;
using System.Net.Http;
using System.Threading.Tasks;

class Program
{
    // Mono's mcs (C# 7.0) has no async Main, so Main waits for the async work.
    static void Main()
    {
        SendAsync().GetAwaiter().GetResult();
    }

    static async Task SendAsync()
    {
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://myapi.com/api"))
        {
            request.Headers.TryAddWithoutValidation("authorization", "Bearer {accessToken}");
            // No body, but content headers, which HttpClient keeps on a content object: an empty one.
            request.Content = new ByteArrayContent(new byte[0]);
            request.Content.Headers.TryAddWithoutValidation("content-type", "application/json");

            using (var response = await client.SendAsync(request))
            {
                Console.WriteLine((int)response.StatusCode);
                Console.WriteLine(await response.Content.ReadAsStringAsync());
                response.EnsureSuccessStatusCode();
            }
        }
    }
}
