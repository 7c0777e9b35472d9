val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/trace")
    .header("accept", "application/json")
    .header("x-trace", "one")
    .addHeader("X-Trace", "two, three")
    .header("Cookie", "session={sessionId}; theme=dark")
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
