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
