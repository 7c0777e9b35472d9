val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/api")
    .header("authorization", "Bearer ACCESS_TOKEN")
    .header("content-type", "application/json")
    .header("content-language", "en")
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
