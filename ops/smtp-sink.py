#!/usr/bin/env python3
"""A mail server for the operations run: accepts every mail and writes one line per mail received
(Message-ID, recipients, subject) to a file, so that the run can count what arrived and spot a mail
that arrived twice. Usage: smtp-sink.py PORT FILE"""
import email
import email.policy
import socketserver
import sys
import threading

port, path = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        try:
            self.converse()
        except (ConnectionError, OSError):
            pass  # the sending server went away (killed by the run): nothing was accepted

    def converse(self):
        self.reply("220 ops-run smtp sink")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 ops-run")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with .")
                data = []
                while True:
                    part = self.rfile.readline()
                    if not part or part in (b".\r\n", b".\n"):
                        break
                    data.append(part[1:] if part.startswith(b"..") else part)
                message = email.message_from_bytes(b"".join(data), policy=email.policy.default)
                with lock, open(path, "a", encoding="utf-8") as out:
                    out.write("%s\t%s\t%s\n" % (message.get("Message-ID", ""), ",".join(recipients),
                                                 str(message.get("Subject", "")).replace("\t", " ")))
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", port), Session).serve_forever()
