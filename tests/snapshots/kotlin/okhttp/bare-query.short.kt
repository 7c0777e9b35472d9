val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose")
    .method("DELETE", null)
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
