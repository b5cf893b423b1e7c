import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AllowUnverified, CurrentActor, ProblemResponses, Public } from '#http';
import { AppConfig, UnauthorizedError } from '#core';
import {
  AccessTokenDto,
  ChangePasswordDto,
  EmailVerificationDto,
  LoginDto,
  PasswordResetDto,
  PasswordResetRequestDto,
  RegisterDto,
  RegistrationReceiptDto,
} from '../dto/auth.dto.js';
import { AuthService, type ClientInfo, type IssuedTokens } from '../auth/auth.service.js';
import type { Actor } from '../access/actor.js';

export const REFRESH_COOKIE = 'duijie_refresh';

const refreshTokenOf = (request: FastifyRequest): string | undefined =>
  request.server.parseCookie(request.headers.cookie ?? '')[REFRESH_COOKIE];

const clientOf = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});
const COOKIE_PATH = '/api/v1/auth';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Public()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: RegistrationReceiptDto,
    description:
      'A confirmation link is emailed. An address that already has an account gets the same answer, and its owner an email.',
  })
  @ProblemResponses(400, 429)
  async register(@Body() body: RegisterDto, @Req() request: FastifyRequest): Promise<RegistrationReceiptDto> {
    return this.auth.register(body, clientOf(request));
  }

  @Post('email-verifications')
  @Public()
  @HttpCode(204)
  @ProblemResponses(400)
  async confirmEmail(@Body() body: EmailVerificationDto): Promise<void> {
    await this.auth.confirmEmail(body.userId, body.requestedAt, body.token);
  }

  @Post('email-verification-requests')
  @AllowUnverified()
  @HttpCode(202)
  @ApiBearerAuth()
  @ProblemResponses(401, 429)
  async resendVerification(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.resendVerification(actor.userId);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenDto, description: 'Also sets the httpOnly refresh cookie' })
  @ProblemResponses(400, 401, 429)
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const tokens = await this.auth.login(body.email, body.password, clientOf(request));
    return this.withCookie(reply, tokens);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOkResponse({ type: AccessTokenDto, description: 'Rotates the refresh cookie' })
  @ProblemResponses(401)
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = refreshTokenOf(request);
    if (!token) throw new UnauthorizedError('invalid-token');
    try {
      return this.withCookie(reply, await this.auth.refresh(token));
    } catch (error) {
      reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(
    @Req() request: FastifyRequest & { actor?: Actor },
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.auth.logout(refreshTokenOf(request), request.actor?.sessionId ?? null);
    reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  @Post('password-reset-requests')
  @Public()
  @HttpCode(202)
  @ProblemResponses(400, 429)
  async requestReset(@Body() body: PasswordResetRequestDto, @Req() request: FastifyRequest): Promise<void> {
    await this.auth.requestPasswordReset(body.email, clientOf(request));
  }

  @Post('password-resets')
  @Public()
  @HttpCode(204)
  @ProblemResponses(400)
  async reset(@Body() body: PasswordResetDto): Promise<void> {
    await this.auth.resetPassword(body.requestId, body.token, body.password);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: AccessTokenDto, description: 'Every other session of the user has ended' })
  @ProblemResponses(400, 401)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
  ): Promise<AccessTokenDto> {
    await this.auth.changePassword(actor.userId, actor.sessionId, body.currentPassword, body.newPassword);
    // A personal access token has no session to keep; it gets no new access token either.
    if (!actor.sessionId) return { accessToken: '', expiresIn: 0 };
    return this.auth.accessTokenFor(actor.userId, actor.sessionId);
  }

  private withCookie(reply: FastifyReply, tokens: IssuedTokens): AccessTokenDto {
    reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      secure: this.config.cookieSecure,
      sameSite: 'strict',
      path: COOKIE_PATH,
      expires: tokens.refreshExpiresAt,
    });
    return { accessToken: tokens.accessToken, expiresIn: tokens.expiresIn };
  }
}
