;; The check of one golden file (runtime.check): every top-level form is compiled as clojure.main
;; would compile it, but not run, so no request is sent. A syntax error, an unknown name, class or
;; method, a wrong number of arguments to a macro, or a Java call the compiler cannot resolve
;; without reflection fails it. The ns form runs, so its libraries load and its imports resolve.
;;
;;     java -cp CLASSPATH clojure.main check.clj FILE

(let [[path] *command-line-args*
      eof (Object.)
      warnings (java.io.StringWriter.)]
  (binding [*ns* (the-ns 'user)
            *file* path]
    (with-open [reader (clojure.lang.LineNumberingPushbackReader.
                        (clojure.java.io/reader path :encoding "UTF-8"))]
      (loop []
        (let [form (read {:eof eof} reader)]
          (when-not (identical? form eof)
            (if (and (seq? form) (= 'ns (first form)))
              (eval form)
              ;; Compiled inside a function that is never called.
              (binding [*warn-on-reflection* true
                        *err* warnings]
                (eval (list 'fn [] form))))
            (recur))))))
  (when (pos? (count (str warnings)))
    (binding [*out* *err*]
      (print (str warnings))
      (flush))
    (System/exit 1)))
