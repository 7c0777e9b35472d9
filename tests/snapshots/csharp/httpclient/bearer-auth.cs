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
        using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://{apiHost}/v1/me"))
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer {token}");

            using (var response = await client.SendAsync(request))
            {
                Console.WriteLine((int)response.StatusCode);
                Console.WriteLine(await response.Content.ReadAsStringAsync());
                response.EnsureSuccessStatusCode();
            }
        }
    }
}
