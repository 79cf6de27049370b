import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolGroup,
  type CfnUserPool,
  type IUserPool,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES } from '../../functions/domain/model.js';

export interface UserDirectoryProps {
  /** `<prefix>.auth.<region>.amazoncognito.com`, the hosted sign-in page. */
  domainPrefix: string;
}

/** The custom attributes that bind a user to what they may write; set by administrators only. */
export const BINDING_ATTRIBUTES = ['actor', 'country'] as const;

/**
 * The people who may sign in. No self sign-up: administrators create users, put them in one
 * of the four role groups and bind owners to an actor and national contacts to a country.
 * TOTP multi-factor authentication is required, and Cognito's threat protection (Plus plan)
 * blocks risky sign-ins and compromised passwords.
 */
export class UserDirectory extends Construct {
  /** Pinned: a new logical ID would replace the pool, and every user with it. */
  static readonly LOGICAL_ID = 'StrategyTrackerUserPool';
  /** The role groups, in Cognito precedence order (0 wins when a user is in several). */
  static readonly GROUPS = ROLES;

  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      customAttributes: {
        // Mutable so that an administrator can move a person to another body or country;
        // the web client cannot write them, nor any other attribute (WebSignInClient).
        actor: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        country: new StringAttribute({ minLen: 2, maxLen: 2, mutable: true }),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Your Strategy Tracker account',
        emailBody:
          'An account was created for you in Strategy Tracker. Sign in with {username} and the temporary password {####}, then set your own password and an authenticator app.',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (this.userPool.node.defaultChild as CfnUserPool).overrideLogicalId(UserDirectory.LOGICAL_ID);

    UserDirectory.GROUPS.forEach((role, precedence) => {
      new UserPoolGroup(this, `${role}Group`, {
        userPool: this.userPool,
        groupName: role,
        precedence,
        description: `Strategy Tracker role ${role}`,
      });
    });

    this.domain = this.userPool.addDomain('HostedSignIn', { cognitoDomain: { domainPrefix: props.domainPrefix } });
  }
}

export interface WebSignInClientProps {
  userPool: IUserPool;
  /** The dashboard's origin, e.g. https://d111111abcdef8.cloudfront.net */
  appOrigin: string;
}

export const SIGN_IN_CALLBACK_PATH = '/auth/callback';
export const SIGN_IN_SCOPES = [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE];

/**
 * What the ID token carries: the person's name (the author of every change they make), their
 * e-mail address (for reminders) and the binding attributes. Read-only for the client.
 */
const CLIENT_READ_ATTRIBUTES = new ClientAttributes()
  .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
  .withCustomAttributes(...BINDING_ATTRIBUTES);

/**
 * The dashboard's app client: a public client (no secret) using the authorization code flow
 * with PKCE through the hosted sign-in page, and nothing else.
 *
 * - Sign-in flows: the hosted page signs people in at Cognito's own endpoints; the client
 *   allows no direct InitiateAuth flow (no password, SRP, admin or custom flow), only the
 *   refresh token. A token from InitiateAuth would carry the `aws.cognito.signin.user.admin`
 *   scope, which lets its holder call the user-pool API on their own account.
 * - Attributes: people write none of their own. `name` becomes the author of history and
 *   `email` the address reminders go to; the binding attributes decide what a person may
 *   write. Administrators set them all (docs/DEPLOY.md).
 */
export class WebSignInClient extends Construct {
  readonly client: UserPoolClient;
  readonly callbackUrl: string;
  readonly logoutUrl: string;

  constructor(scope: Construct, id: string, props: WebSignInClientProps) {
    super(scope, id);
    this.callbackUrl = `${props.appOrigin}${SIGN_IN_CALLBACK_PATH}`;
    this.logoutUrl = `${props.appOrigin}/`;

    this.client = new UserPoolClient(this, 'Client', {
      userPool: props.userPool,
      generateSecret: false,
      // Every flag false: CDK then writes ExplicitAuthFlows as ALLOW_REFRESH_TOKEN_AUTH alone
      // (left out, Cognito would allow SRP and custom authentication by default).
      authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false, user: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: SIGN_IN_SCOPES,
        callbackUrls: [this.callbackUrl],
        logoutUrls: [this.logoutUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: CLIENT_READ_ATTRIBUTES,
      writeAttributes: new ClientAttributes(),
    });
  }
}
